import { useTranslation } from 'react-i18next';

/** Placeholder blocks while data loads; the text is for screen readers. */
export function Loading({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="loading__bar" aria-hidden="true" />
      ))}
    </div>
  );
}
