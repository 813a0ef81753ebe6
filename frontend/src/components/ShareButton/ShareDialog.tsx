import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../lib/notices';
import { Dialog } from '../Dialog';
import { DownloadIcon } from '../icons';
import type { ShareButtonProps } from './ShareButton';

/** ShareButton's dialog, where there is no share sheet: copy the link, see and download the poster. */
export function ShareDialog({ open, url, title, posterUrl, fileName, onClose }: ShareButtonProps & { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const linkId = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify('success', t('share.copied'));
    } catch {
      notify('error', t('share.copyFailed'));
    }
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('share.title')} className="share-dialog">
      <div className="stack">
        <div className="field">
          <label className="field__label" htmlFor={linkId}>
            {t('share.link')}
          </label>
          <span className="cluster share-dialog__link">
            <input id={linkId} className="field__control" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button button--primary button--small" onClick={() => void copy()}>
              {t('share.copy')}
            </button>
          </span>
        </div>
        <figure className="share-dialog__poster">
          <img src={posterUrl} alt={t('share.posterAlt', { title })} width={270} height={360} loading="lazy" />
          <figcaption className="muted">{t('share.scanHint')}</figcaption>
        </figure>
        <a className="button button--ghost" href={posterUrl} download={`${fileName}.png`}>
          <DownloadIcon width={16} height={16} /> {t('share.downloadPoster')}
        </a>
      </div>
    </Dialog>
  );
}
