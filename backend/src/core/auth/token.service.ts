import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac, createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { instanceSecret } from '../config/instance-secret';
import { UnauthenticatedError } from '../errors/app-errors';

/** Short, so that a token copied out of a browser is soon worthless; the refresh token (sessions) renews it. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 15 * 60;

/** What a valid access token says. */
export interface TokenClaims {
  userId: string;
  /** The session it belongs to; null in tokens signed without one (scripts, tests, tokens older than sessions). */
  sessionId: string | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
}

/**
 * Signs and checks access tokens (HS256 JWTs). The token names the user and the session only:
 * role, suspension and whether the session still holds are read through the ViewerDirectory,
 * so changes apply within seconds.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;
  private readonly secret: string;

  constructor(config: AppConfig) {
    this.secret = instanceSecret(config, 'jwt-secret');
    // A key object made once: with a string secret, jsonwebtoken re-derives the key on every
    // verify (about 6% of a feed request's CPU).
    const key: KeyObject = createSecretKey(Buffer.from(this.secret, 'utf8'));
    this.jwt = new JwtService({
      secret: key,
      signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_LIFETIME_SECONDS },
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

  /**
   * An access token for a session (sign-in, refresh). Without a session (tests and tools only)
   * it cannot be ended one by one, only with all of the user's sessions (users.sessions_ended_at).
   */
  issue(userId: string, sessionId?: string): { token: string; expiresAt: Date } {
    // A jti makes every token unique, even two issued for one session in the same second.
    const token = this.jwt.sign(sessionId ? { sub: userId, sid: sessionId } : { sub: userId }, { jwtid: randomUUID() });
    return { token, expiresAt: this.claims(token).expiresAt! };
  }

  /** Who the token names and until when it is valid (a websocket refuses operations past that); UNAUTHENTICATED for anything forged, tampered, expired or unsigned. */
  claims(token: string): TokenClaims {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown; iat?: unknown; exp?: unknown }>(token);
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      // Every token this service issues expires; one signed elsewhere with the secret (scripts) may not.
      return {
        userId: payload.sub,
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        issuedAt: typeof payload.iat === 'number' ? new Date(payload.iat * 1000) : null,
        expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : null,
      };
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
