/** One HTTP header the client must send with its upload, exactly as given. */
export interface HttpHeaderValue {
  name: string;
  value: string;
}

/** Where and how a client sends one object's bytes: an HTTP PUT to `url` with `headers`. */
export interface UploadTarget {
  url: string;
  headers: HttpHeaderValue[];
}

/**
 * Keys under this prefix hold private bytes (uploads before processing, metadata and all): the
 * backend never serves them, and an S3 bucket policy should not make them public either.
 */
export const PRIVATE_KEY_PREFIX = 'incoming/';

/**
 * Keys under this prefix hold photos taken out of public view (their story was removed, rejected
 * or deleted): served only through short-lived signed URLs (privateUrl), to those who may still
 * see the story (moderators). An S3 bucket policy makes only `photos/` public.
 */
export const WITHHELD_KEY_PREFIX = 'withheld/';

/**
 * Keys under this prefix hold share posters: served only through the app's poster endpoint, which
 * checks first that the story may still be seen, never straight from the store.
 */
export const POSTER_KEY_PREFIX = 'posters/';

/**
 * The cache header of publicly served photos. Keys are never reused, but a photo can be taken
 * down (its story removed), so caches and CDNs keep it a minute at most, then revalidate (ETag).
 */
export const SERVED_CACHE_CONTROL = 'public, max-age=60';

/**
 * Keys are short paths of `[A-Za-z0-9._-]` segments, each starting with a letter or digit: no
 * `..`, no empty segment, no leading slash, nothing a file system or URL would reinterpret.
 */
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function isSafeKey(key: string): boolean {
  return key.length <= 512 && SAFE_KEY.test(key);
}

export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new Error(`unsafe storage key: ${JSON.stringify(key)}`);
}

/** The object is not there (never uploaded, or deleted). */
export class MediaObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`no stored object at ${key}`);
    this.name = MediaObjectMissingError.name;
  }
}

/**
 * Where photos' bytes live: local disk under DATA_DIR by default, S3 (or any S3-protocol store)
 * when S3_BUCKET is set. Chosen once in StorageModule; the domain never knows which it has.
 * Clients upload straight to the store with `createUploadTarget`, so the bytes of an upload never
 * pass through GraphQL.
 */
export abstract class MediaStorage {
  /**
   * A URL the client PUTs exactly `byteSize` bytes of `contentType` to, until `expiresAt`;
   * anything else is refused by the store itself (a signed token locally, a presigned URL on S3).
   */
  abstract createUploadTarget(key: string, contentType: string, byteSize: number, expiresAt: Date): Promise<UploadTarget>;

  /** The object's size, or null when there is none. */
  abstract stat(key: string): Promise<{ size: number } | null>;

  /** Up to the first `bytes` bytes (fewer when the object is shorter), to sniff type and dimensions. */
  abstract readHead(key: string, bytes: number): Promise<Buffer>;

  abstract read(key: string): Promise<Buffer>;

  /** Writes a served object, with the bounded cache header. */
  abstract write(key: string, body: Buffer, contentType: string): Promise<void>;

  /** Moves an object to another key (a missing source is an error: MediaObjectMissingError). */
  abstract move(from: string, to: string): Promise<void>;

  /** Deletes whichever of these exist; missing keys are not an error. */
  abstract delete(keys: string[]): Promise<void>;

  /** Where browsers fetch the object: MEDIA_PUBLIC_URL + key when set, else the store's own address. */
  abstract publicUrl(key: string): string;

  /** A URL that serves a non-public object (WITHHELD_KEY_PREFIX) for `expiresInSeconds`. */
  abstract privateUrl(key: string, expiresInSeconds: number): Promise<string>;
}

/** MEDIA_PUBLIC_URL (a CDN in front of the store) + key, with exactly one slash between. */
export function joinPublicUrl(base: string, key: string): string {
  return `${base.replace(/\/+$/, '')}/${key}`;
}
