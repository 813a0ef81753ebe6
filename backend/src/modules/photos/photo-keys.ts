import { randomBytes } from 'node:crypto';
import { PRIVATE_KEY_PREFIX } from '../../core/storage/media-storage';

/**
 * Storage keys. The upload goes to a private key with 128 random bits; its derivatives reuse those
 * bits under the public prefix, so their names are unguessable, never reused (served as
 * immutable), and the same if processing runs twice.
 */
export function newOriginalKey(photoId: string): string {
  return `${PRIVATE_KEY_PREFIX}${photoId}/${randomBytes(16).toString('hex')}`;
}

export function derivativeKeys(photoId: string, originalKey: string): { display: string; thumbnail: string } {
  const random = originalKey.slice(originalKey.lastIndexOf('/') + 1);
  return {
    display: `photos/${photoId}/${random}-display.jpg`,
    thumbnail: `photos/${photoId}/${random}-thumb.jpg`,
  };
}
