import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraIcon } from '../../../components/icons';
import { formatMegabytes, LIMITS, PHOTO_ACCEPT } from '../../../lib/limits';
import { photoFileProblem } from '../../../lib/photos/usePhotoUploader';
import { useLocale } from '../../../lib/useLocale';
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
  const locale = useLocale();
  const [skipped, setSkipped] = useState(0);
  const [refused, setRefused] = useState<string[]>([]);
  const remaining = max - items.length;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    // Reset so choosing the same file again after removing it still fires a change.
    event.target.value = '';
    // The server takes JPEG, PNG and WebP up to 15 MB: say so now rather than after an upload.
    const problems = chosen.flatMap((file) => {
      const problem = photoFileProblem(file);
      if (!problem) return [];
      return [
        problem === 'type'
          ? t('submit.photoWrongType', { name: file.name })
          : t('submit.photoTooBig', { name: file.name, max: formatMegabytes(LIMITS.photo.maxBytes, locale) }),
      ];
    });
    setRefused(problems);
    const files = chosen.filter((file) => !photoFileProblem(file));
    const accepted = files.slice(0, Math.max(0, remaining));
    setSkipped(files.length - accepted.length);
    if (accepted.length > 0) onAdd(accepted);
  };

  return (
    <fieldset className="bare-fieldset stack stack--tight photo-picker">
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
              accept={PHOTO_ACCEPT}
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
      {refused.map((problem) => (
        <p key={problem} className="field__error" role="alert">
          {problem}
        </p>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
