import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissNotice, getNotices, subscribeNotices, type Notice } from '../lib/notices';
import { CloseIcon } from './icons';

/** Shows app-wide notices (rate limits, expired sign-in, confirmations). */
export function Toaster() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<readonly Notice[]>(getNotices);
  useEffect(() => subscribeNotices(setNotices), []);

  return (
    <div className="toaster" aria-live="polite" aria-relevant="additions">
      {notices.map((notice) => (
        <div key={notice.id} className={`toast toast--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.message}</p>
          <button type="button" className="icon-button icon-button--small" aria-label={t('common.dismiss')} onClick={() => dismissNotice(notice.id)}>
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
