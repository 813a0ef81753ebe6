import { Logger } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config';

/**
 * JWT_SECRET when set (required in production, shared by every instance); in development a
 * secret generated once and kept in DATA_DIR/<file>, so a fresh clone needs no setup.
 */
export function instanceSecret(config: AppConfig, file: string): string {
  if (config.JWT_SECRET?.trim()) return config.JWT_SECRET;
  const path = join(config.dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, secret, { mode: 0o600 });
  new Logger('Secrets').log(`generated a development secret in ${path}`);
  return secret;
}

/**
 * A key of its own for each use (`label`), derived from the instance secret: a signature made
 * for one purpose (an upload, an unsubscribe link) never passes for another.
 */
export function derivedKey(config: AppConfig, file: string, label: string): Buffer {
  return createHmac('sha256', instanceSecret(config, file)).update(label).digest();
}
