import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CameraIcon } from '../../../components/icons';
import { UploadProgress } from '../../../components/UploadProgress';
import { formatMegabytes, LIMITS, PHOTO_ACCEPT } from '../../../lib/limits';
import { photoFileProblem, usePhotoUploader, type PhotoUploader } from '../../../lib/photos/usePhotoUploader';
import { UploadError } from '../../../lib/upload';
import { useDescribeError } from '../../../lib/useDescribeError';
import { useLocale } from '../../../lib/useLocale';

export type CoverUploadState = 'idle' | 'uploading' | 'done' | 'failed';

export interface CoverChange {
  /** undefined: keep the saved cover; null: remove it; a string: the newly uploaded photo. */
  photoId: string | null | undefined;
  /** What the preview shows: a local preview of the new photo, the saved cover, or nothing. */
  previewUrl: string | null;
  state: CoverUploadState;
}

interface CoverPhotoFieldProps {
  value: CoverChange;
  onChange: (value: CoverChange) => void;
  /** Replaces the real upload (tests). */
  uploader?: PhotoUploader;
}

/** The campaign's cover: pick a photo, watch it upload, or remove the cover. */
export function CoverPhotoField({ value, onChange, uploader }: CoverPhotoFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = useDescribeError();
  const inputId = useId();
  const realUploader = usePhotoUploader();
  const upload = uploader ?? realUploader;
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const localPreview = useRef<string | null>(null);
  // The latest value for callbacks that finish after later renders.
  const latest = useRef(value);
  latest.current = value;

  const releasePreview = () => {
    if (localPreview.current && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(localPreview.current);
    localPreview.current = null;
  };

  useEffect(
    () => () => {
      controller.current?.abort();
      releasePreview();
    },
    [],
  );

  const start = (file: File) => {
    controller.current?.abort();
    releasePreview();
    const previewUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null;
    localPreview.current = previewUrl;
    const current = new AbortController();
    controller.current = current;
    setProgress(0);
    setProblem(null);
    onChange({ photoId: latest.current.photoId, previewUrl, state: 'uploading' });
    upload(file, setProgress, current.signal).then(
      (photoId) => {
        if (!current.signal.aborted) onChange({ ...latest.current, photoId, state: 'done' });
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        setProblem(error instanceof UploadError ? t('submit.uploadFailed') : describe(error));
        onChange({ ...latest.current, state: 'failed' });
      },
    );
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const refused = photoFileProblem(file);
    if (refused) {
      setProblem(
        refused === 'type'
          ? t('submit.photoWrongType', { name: file.name })
          : t('submit.photoTooBig', { name: file.name, max: formatMegabytes(LIMITS.photo.maxBytes, locale) }),
      );
      return;
    }
    start(file);
  };

  const remove = () => {
    controller.current?.abort();
    releasePreview();
    setProblem(null);
    onChange({ photoId: null, previewUrl: null, state: 'idle' });
  };

  return (
    <fieldset className="bare-fieldset stack cover-field">
      <legend className="field__label">{t('brand.fieldCover')}</legend>
      <p className="field__hint">{t('brand.coverHint', { max: formatMegabytes(LIMITS.photo.maxBytes, locale) })}</p>
      <div className="cluster cover-field__row">
        <div className={`cover-field__preview cover-field__preview--${value.state}`}>
          {value.previewUrl ? (
            <img src={value.previewUrl} alt={t('brand.coverPreviewAlt')} />
          ) : (
            <div className="cover-field__empty" aria-hidden="true">
              <CameraIcon width={28} height={28} />
            </div>
          )}
          {value.state === 'uploading' && <UploadProgress label={t('brand.coverUploading')} fraction={progress} />}
          {value.state === 'done' && <span className="upload-tile__done">{t('submit.uploaded')}</span>}
        </div>
        <div className="cluster cover-field__actions">
          <label htmlFor={inputId} className="button button--secondary button--small">
            {value.previewUrl ? t('brand.coverReplace') : t('brand.coverChoose')}
          </label>
          <input id={inputId} className="visually-hidden" type="file" accept={PHOTO_ACCEPT} onChange={choose} />
          {value.previewUrl && (
            <button type="button" className="button button--ghost button--small" onClick={remove}>
              {t('brand.coverRemove')}
            </button>
          )}
        </div>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
