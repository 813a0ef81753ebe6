import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../../components/icons';
import { UploadProgress } from '../../../components/UploadProgress';
import { UploadError } from '../../../lib/upload';
import { useDescribeError } from '../../../lib/useDescribeError';
import type { PhotoUploadItem } from '../usePhotoUploads';

interface PhotoUploadTileProps {
  item: PhotoUploadItem;
  position: number;
  onRemove: () => void;
  onRetry: () => void;
}

export function PhotoUploadTile({ item, position, onRemove, onRetry }: PhotoUploadTileProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const errorText =
    item.state === 'failed'
      ? item.error instanceof UploadError
        ? t('submit.uploadFailed')
        : describe(item.error)
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
      {item.state === 'uploading' && <UploadProgress label={t('submit.uploadingPhoto', { n: position })} fraction={item.progress} />}
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
