import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LIMITS } from '../limits';
import { uploadWithProgress } from '../upload';
import { RequestPhotoUploadDocument } from './requestPhotoUpload';

/** Uploads one file and resolves to its photo id. Injected so tests can drive progress by hand. */
export type PhotoUploader = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<string>;

const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  gif: 'image/gif',
};

/** Some phones hand over files with an empty type; fall back to the extension. */
export function contentTypeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSION_TYPES[extension] ?? 'application/octet-stream';
}

export type PhotoFileProblem = 'type' | 'size';

/** Why the server would refuse this file (JPEG, PNG or WebP up to 15 MB), checked before uploading. */
export function photoFileProblem(file: File): PhotoFileProblem | null {
  if (!(LIMITS.photo.contentTypes as readonly string[]).includes(contentTypeOf(file))) return 'type';
  if (file.size > LIMITS.photo.maxBytes) return 'size';
  return null;
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
