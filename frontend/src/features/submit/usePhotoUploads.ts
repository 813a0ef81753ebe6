import { useCallback, useEffect, useRef, useState } from 'react';
import type { PhotoUploader } from '../../lib/photos/usePhotoUploader';

export { usePhotoUploader, type PhotoUploader } from '../../lib/photos/usePhotoUploader';

export type UploadState = 'uploading' | 'done' | 'failed';

export interface PhotoUploadItem {
  key: string;
  file: File;
  previewUrl: string;
  state: UploadState;
  /** 0..1 */
  progress: number;
  photoId?: string;
  error?: unknown;
}

function createPreviewUrl(file: File): string {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : '';
}

function revokePreviewUrl(url: string) {
  if (url && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
}

let nextKey = 1;

/** The list of photos being attached to a story, each uploading on its own. */
export function usePhotoUploads(uploader: PhotoUploader) {
  const [items, setItems] = useState<PhotoUploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const patch = useCallback((key: string, changes: Partial<PhotoUploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  const start = useCallback(
    (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      patch(key, { state: 'uploading', progress: 0, error: undefined });
      uploader(file, (progress) => patch(key, { progress }), controller.signal).then(
        (photoId) => {
          if (!controller.signal.aborted) patch(key, { state: 'done', progress: 1, photoId });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) patch(key, { state: 'failed', error });
        },
      );
    },
    [patch, uploader],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map<PhotoUploadItem>((file) => ({
        key: `photo-${nextKey++}`,
        file,
        previewUrl: createPreviewUrl(file),
        state: 'uploading',
        progress: 0,
      }));
      setItems((current) => [...current, ...added]);
      added.forEach((item) => start(item.key, item.file));
    },
    [start],
  );

  const remove = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    setItems((current) => {
      const item = current.find((candidate) => candidate.key === key);
      if (item) revokePreviewUrl(item.previewUrl);
      return current.filter((candidate) => candidate.key !== key);
    });
  }, []);

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (item) start(key, item.file);
    },
    [start],
  );

  const reset = useCallback(() => {
    controllers.current.forEach((controller) => controller.abort());
    controllers.current.clear();
    setItems((current) => {
      current.forEach((item) => revokePreviewUrl(item.previewUrl));
      return [];
    });
  }, []);

  // Leaving the page cancels uploads still running and frees the previews.
  useEffect(
    () => () => {
      controllers.current.forEach((controller) => controller.abort());
      itemsRef.current.forEach((item) => revokePreviewUrl(item.previewUrl));
    },
    [],
  );

  return { items, add, remove, retry, reset };
}
