import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../../components/icons';
import { describeError } from '../../../lib/errors';
import { UploadError } from '../../../lib/upload';
import { useLocale } from '../../../lib/useLocale';
import type { PhotoUploadItem } from '../usePhotoUploads';

interface PhotoUploadTileProps {
  item: PhotoUploadItem;
  position: number;
  onRemove: () => void;
  onRetry: () => void;
}

export function PhotoUploadTile({ item, position, onRemove, onRetry }: PhotoUploadTileProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = Math.round(item.progress * 100);
  const errorText =
    item.state === 'failed'
      ? item.error instanceof UploadError
        ? t('submit.uploadFailed')
        : describeError(item.error, t, locale)
      : null;

  return (
    <div className={`upload-tile upload-tile--${item.state}`}>
      {item.previewUrl ? (
        <img className="upload-tile__preview" src={item.previewUrl} alt={t('submit.previewAlt', { n: position })} />
      ) : (
        <div className="upload-tile__preview upload-tile__preview--empty" aria-hidden="true" />
      )}
      <button type="button" className="icon-button icon-button--small upload-tile__remove" aria-label={t('submit.removePhoto', { n: position })} onClick={onRemove}>
        <CloseIcon width={16} height={16} />
      </button>
      {item.state === 'uploading' && (
        <div
          className="progress"
          role="progressbar"
          aria-label={t('submit.uploadingPhoto', { n: position })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={t('submit.percent', { percent })}
        >
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
      )}
      {item.state === 'done' && <span className="upload-tile__done">{t('submit.uploaded')}</span>}
      {item.state === 'failed' && (
        <div className="upload-tile__failed" role="alert">
          <span>{errorText}</span>
          <button type="button" className="button button--small button--secondary" onClick={onRetry} aria-label={t('submit.retryPhoto', { n: position })}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
