import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadWithProgress } from '../../lib/upload';
import { RequestPhotoUploadDocument } from './api/requestPhotoUpload';

/** Uploads one file and resolves to its photo id. Injected so tests can drive progress by hand. */
export type PhotoUploader = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<string>;

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

const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  gif: 'image/gif',
};

/** Some phones hand over HEIC files with an empty type; fall back to the extension. */
export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSION_TYPES[extension] ?? 'application/octet-stream';
}

/** The real uploader: ask the API for an upload slot, then PUT the bytes straight to storage. */
export function usePhotoUploader(): PhotoUploader {
  const [requestUpload] = useMutation(RequestPhotoUploadDocument);
  return useCallback<PhotoUploader>(
    async (file, onProgress, signal) => {
      const { data } = await requestUpload({
        variables: { input: { filename: file.name || 'photo', contentType: contentTypeOf(file), byteSize: file.size } },
      });
      if (!data) throw new Error('No upload slot returned');
      const slot = data.requestPhotoUpload;
      await uploadWithProgress({ url: slot.uploadUrl, headers: slot.uploadHeaders, body: file, onProgress, signal });
      return slot.photo.id;
    },
    [requestUpload],
  );
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
