import { Logger } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';

/**
 * Text at rest: AES-256-GCM, a fresh 12-byte IV per value, stored as "v1.<iv>.<tag>.<ciphertext>"
 * (base64url). `aad` binds a ciphertext to its row, so a value copied elsewhere does not open.
 * One implementation for every sealed column (prize claims, webhook secrets).
 */
export class SealedBox {
  constructor(private readonly key: Buffer) {}

  seal(text: string, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  open(sealed: string, aad: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error('unknown sealed format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A box with a key of its own for `label`, derived from this one (HMAC-SHA256). */
  derive(label: string): SealedBox {
    return new SealedBox(createHmac('sha256', this.key).update(label).digest());
  }
}

/**
 * The key for data at rest: CLAIMS_ENCRYPTION_KEY (32 bytes, base64 or hex); without it one is
 * generated once under DATA_DIR (keep that file with the database, like the JWT secret).
 * Separate from JWT_SECRET on purpose: rotating the token secret must not lose sealed data.
 */
export function atRestKey(config: AppConfig): Buffer {
  const configured = config.CLAIMS_ENCRYPTION_KEY?.trim();
  if (configured) return parseKey(configured);
  const file = join(config.dataDir, 'claims-key');
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8').trim());
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  new Logger('SealedBox').log(`generated a development encryption key in ${file}`);
  return key;
}

export function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('CLAIMS_ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}
