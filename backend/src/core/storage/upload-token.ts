import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { derivedKey } from '../config/instance-secret';
import { isSafeKey } from './media-storage';

/** What one upload token allows: exactly `byteSize` bytes of `contentType` written to `key`, until `expiresAt`. */
export interface UploadGrant {
  key: string;
  contentType: string;
  byteSize: number;
  expiresAt: Date;
}

export type UploadTokenProblem = 'malformed' | 'bad-signature' | 'expired';

export class UploadTokenError extends Error {
  constructor(readonly problem: UploadTokenProblem) {
    super(`upload token ${problem}`);
    this.name = UploadTokenError.name;
  }
}

interface TokenPayload {
  k: string;
  t: string;
  n: number;
  e: number;
}

/**
 * Signs the grants behind the local-disk upload URL (`/uploads/<token>`): a base64url JSON
 * payload and its HMAC-SHA256. The key is derived from JWT_SECRET under a label of its own, so
 * an upload token can never pass as an access token or the other way round; without JWT_SECRET
 * (development) a secret generated once is kept in DATA_DIR, as TokenService does for its own.
 */
@Injectable()
export class UploadTokenSigner {
  private readonly key: Buffer;
  /** A key of its own for read links, so a read signature never passes as an upload token. */
  private readonly readKey: Buffer;

  constructor(config: AppConfig) {
    this.key = derivedKey(config, 'upload-secret', 'ugc:media-upload-token:v1');
    this.readKey = derivedKey(config, 'upload-secret', 'ugc:media-read-link:v1');
  }

  /** The signature of a read link to `key` valid until `expiresAt` (seconds since the epoch). */
  signRead(key: string, expiresAt: number): string {
    return createHmac('sha256', this.readKey).update(`${key}\n${expiresAt}`).digest('base64url');
  }

  /** True for a genuine, unexpired read link. */
  verifyRead(key: string, expiresAt: unknown, signature: unknown, now = Date.now()): boolean {
    const expires = Number(expiresAt);
    if (typeof signature !== 'string' || !Number.isSafeInteger(expires) || expires * 1000 <= now) return false;
    const given = Buffer.from(signature, 'base64url');
    const expected = Buffer.from(this.signRead(key, expires), 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  sign(grant: UploadGrant): string {
    const payload: TokenPayload = {
      k: grant.key,
      t: grant.contentType,
      n: grant.byteSize,
      e: Math.floor(grant.expiresAt.getTime() / 1000),
    };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The grant in a genuine, unexpired token; UploadTokenError saying why otherwise. */
  verify(token: string, now = new Date()): UploadGrant {
    const [body, signature, ...rest] = token.split('.');
    if (!body || !signature || rest.length) throw new UploadTokenError('malformed');
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UploadTokenError('bad-signature');
    const payload = parsePayload(body);
    if (!payload) throw new UploadTokenError('malformed');
    const grant = { key: payload.k, contentType: payload.t, byteSize: payload.n, expiresAt: new Date(payload.e * 1000) };
    if (grant.expiresAt <= now) throw new UploadTokenError('expired');
    return grant;
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }
}

function parsePayload(body: string): TokenPayload | null {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenPayload>;
    const valid =
      typeof value.k === 'string' && isSafeKey(value.k) &&
      typeof value.t === 'string' && value.t.length > 0 &&
      Number.isSafeInteger(value.n) && value.n! > 0 &&
      Number.isSafeInteger(value.e);
    return valid ? (value as TokenPayload) : null;
  } catch {
    return null;
  }
}
