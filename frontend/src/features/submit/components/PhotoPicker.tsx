import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraIcon } from '../../../components/icons';
import type { PhotoUploadItem } from '../usePhotoUploads';
import { PhotoUploadTile } from './PhotoUploadTile';

interface PhotoPickerProps {
  items: readonly PhotoUploadItem[];
  max: number;
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
  error?: string | null;
}

export function PhotoPicker({ items, max, onAdd, onRemove, onRetry, error }: PhotoPickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [skipped, setSkipped] = useState(0);
  const remaining = max - items.length;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []).filter((file) => file.type === '' || file.type.startsWith('image/'));
    // Reset so choosing the same file again after removing it still fires a change.
    event.target.value = '';
    const accepted = files.slice(0, Math.max(0, remaining));
    setSkipped(files.length - accepted.length);
    if (accepted.length > 0) onAdd(accepted);
  };

  return (
    <fieldset className="photo-picker">
      <legend className="field__label">
        {t('submit.photosLegend')} <span className="field__counter">{t('form.counter', { current: items.length, max })}</span>
      </legend>
      <p className="field__hint">{t('submit.photosHint', { count: max })}</p>
      <ul className="photo-picker__grid">
        {items.map((item, index) => (
          <li key={item.key}>
            <PhotoUploadTile item={item} position={index + 1} onRemove={() => onRemove(item.key)} onRetry={() => onRetry(item.key)} />
          </li>
        ))}
        {remaining > 0 && (
          <li>
            <label htmlFor={inputId} className="photo-picker__add">
              <CameraIcon width={28} height={28} />
              <span>{t('submit.addPhotos')}</span>
            </label>
            <input
              id={inputId}
              className="visually-hidden"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
              multiple
              onChange={onChange}
            />
          </li>
        )}
      </ul>
      {skipped > 0 && (
        <p className="field__hint" role="status">
          {t('submit.tooManyPhotos', { count: skipped, max })}
        </p>
      )}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
