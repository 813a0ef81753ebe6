import { Injectable, Logger } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../core/config/app-config';

export interface ClaimDetails {
  recipientName: string;
  phone: string;
  address: string;
}

/**
 * Winners' postal details at rest: AES-256-GCM, a fresh 12-byte IV per claim, stored as
 * "v1.<iv>.<tag>.<ciphertext>" (base64url). The key is CLAIMS_ENCRYPTION_KEY (32 bytes, base64 or hex);
 * without it one is generated once under DATA_DIR like the JWT secret.
 */
@Injectable()
export class ClaimCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = resolveKey(config);
  }

  seal(details: ClaimDetails, aad: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** `aad` binds the ciphertext to its winner row: a copied value does not open elsewhere. */
  open(sealed: string, aad: string): ClaimDetails {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error('unknown claim format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8'));
  }
}

function resolveKey(config: AppConfig): Buffer {
  const configured = config.CLAIMS_ENCRYPTION_KEY?.trim();
  if (configured) return parseKey(configured);
  const file = join(config.dataDir, 'claims-key');
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8').trim());
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  new Logger(ClaimCipher.name).log(`generated a development claims encryption key in ${file}`);
  return key;
}

export function parseKey(text: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('CLAIMS_ENCRYPTION_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}
