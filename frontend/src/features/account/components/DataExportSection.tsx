import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { RequestDataExportDocument } from '../api/requestDataExport';

/** A copy of everything held about the person, built in the background and sent by e-mail. */
export function DataExportSection() {
  const { t } = useTranslation();
  const [requestExport, { data, loading, error }] = useMutation(RequestDataExportDocument);
  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title">
        {t('account.exportTitle')}
      </h2>
      <p className="muted">{t('account.exportIntro')}</p>
      {data?.requestDataExport ? (
        <p role="status">{t('account.exportRequested')}</p>
      ) : (
        <button type="button" className="button" disabled={loading} onClick={() => void requestExport().catch(() => undefined)}>
          {t('account.exportRequest')}
        </button>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
