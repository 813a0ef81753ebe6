export interface UploadRequest {
  url: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
  body: Blob;
  /** Fraction sent so far, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly aborted = false,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * PUTs raw bytes straight to storage. XMLHttpRequest rather than fetch because
 * only XHR reports upload progress, which the per-photo progress bar needs.
 */
export function uploadWithProgress({ url, headers, body, onProgress, signal }: UploadRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadError('Upload cancelled', 0, true));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const { name, value } of headers) {
      // The browser sets these itself and refuses to let scripts do it.
      if (/^(content-length|host)$/i.test(name)) continue;
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve();
      } else {
        reject(new UploadError(`Upload failed with HTTP ${xhr.status}`, xhr.status));
      }
    };
    xhr.onerror = () => reject(new UploadError('Network error during upload', 0));
    xhr.onabort = () => reject(new UploadError('Upload cancelled', 0, true));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
