import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../errors/app-errors';

const ACCESS_TOKEN_LIFETIME = '7d';

/**
 * Signs and checks access tokens (HS256 JWTs). The token names the user only: role and
 * suspension are read from the database on every request, so changes apply at once.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  private readonly secret: string;

  constructor(config: AppConfig) {
    this.secret = resolveSecret(config);
    // A key object made once: with a string secret, jsonwebtoken re-derives the key on every
    // verify (about 6% of a feed request's CPU).
    const key: KeyObject = createSecretKey(Buffer.from(this.secret, 'utf8'));
    this.jwt = new JwtService({
      secret: key,
      signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_LIFETIME },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  /**
   * A keyed one-way digest of `value` (hex HMAC-SHA256 under a key derived from the secret for
   * this `purpose`): pseudonyms every instance computes alike that nobody without the secret can
   * reverse or link to the value, e.g. a visitor's address counted without keeping it.
   */
  pseudonym(purpose: string, value: string): string {
    const key = createHmac('sha256', this.secret).update(`pseudonym:${purpose}`).digest();
    return createHmac('sha256', key).update(value).digest('hex');
  }

  issue(userId: string): string {
    return this.jwt.sign({ sub: userId });
  }

  /** The user id in a valid token; UNAUTHENTICATED for anything forged, tampered, expired or unsigned. */
  verify(token: string): string {
    return this.claims(token).userId;
  }

  /** Who the token names and until when it is valid (a websocket refuses operations past that). */
  claims(token: string): { userId: string; expiresAt: Date | null } {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; exp?: unknown }>(token);
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      // Every token this service issues expires; one signed elsewhere with the secret (scripts) may not.
      return { userId: payload.sub, expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null };
    } catch {
      throw new UnauthenticatedError('Your sign-in is invalid or has expired. Please sign in again.');
    }
  }

  /** The token from an `Authorization: Bearer …` value, or undefined when there is none. */
  static fromAuthorization(value: unknown): string | undefined {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
    return match[1];
  }
}

/** JWT_SECRET in production (required there); in development one generated once and kept in DATA_DIR. */
function resolveSecret(config: AppConfig): string {
  if (config.JWT_SECRET?.trim()) return config.JWT_SECRET;
  const file = join(config.dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  new Logger(TokenService.name).log(`generated a development JWT secret in ${file}`);
  return secret;
}
