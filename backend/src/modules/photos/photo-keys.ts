import { randomBytes } from 'node:crypto';
import { PRIVATE_KEY_PREFIX, WITHHELD_KEY_PREFIX } from '../../core/storage/media-storage';

/**
 * Storage keys. The upload goes to a private key with 128 random bits; its derivatives reuse those
 * bits under the public prefix, so their names are unguessable, never reused, and the same if
 * processing runs twice. A withheld photo's files keep their names under WITHHELD_KEY_PREFIX.
 */
export function newOriginalKey(photoId: string): string {
  return `${PRIVATE_KEY_PREFIX}${photoId}/${randomBytes(16).toString('hex')}`;
}

export function derivativeKeys(photoId: string, originalKey: string, withheld = false): { display: string; thumbnail: string } {
  const random = originalKey.slice(originalKey.lastIndexOf('/') + 1);
  const served = (name: string) => (withheld ? withheldKey(name) : name);
  return {
    display: served(`photos/${photoId}/${random}-display.jpg`),
    thumbnail: served(`photos/${photoId}/${random}-thumb.jpg`),
  };
}

export const isWithheldKey = (key: string): boolean => key.startsWith(WITHHELD_KEY_PREFIX);

/** The key of a derivative once withheld from public view. */
export const withheldKey = (key: string): string => (isWithheldKey(key) ? key : `${WITHHELD_KEY_PREFIX}${key}`);

/** The key of a derivative served publicly again. */
export const publicKey = (key: string): string => (isWithheldKey(key) ? key.slice(WITHHELD_KEY_PREFIX.length) : key);
