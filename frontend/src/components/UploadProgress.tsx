import { useTranslation } from 'react-i18next';

/** A photo's upload progress bar over its preview, named for screen readers ("Uploading photo 1"). */
export function UploadProgress({ label, fraction }: { label: string; fraction: number }) {
  const { t } = useTranslation();
  const percent = Math.round(fraction * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={t('submit.percent', { percent })}
    >
      <div className="progress__bar" style={{ width: `${percent}%` }} />
    </div>
  );
}
