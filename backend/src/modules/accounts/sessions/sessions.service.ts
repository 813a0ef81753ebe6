import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { TokenService } from '../../../core/auth/token.service';
import { ViewerDirectory } from '../../../core/auth/viewer-directory';
import { UnauthenticatedError } from '../../../core/errors/app-errors';
import { isId } from '../../../core/graphql/id.pipe';
import { UserEntity } from '../user.entity';
import { SessionEntity } from './session.entity';

/** A refresh token not used for this long lapses: the person signs in again. */
const SESSION_IDLE_DAYS = 30;
const USER_AGENT_MAX = 200;

/** What a sign-in or refresh hands the client. */
export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** `<session id>.<secret>`; only its hash is stored. */
  refreshToken: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const idleExpiry = () => new Date(Date.now() + SESSION_IDLE_DAYS * 24 * 3600 * 1000);

function newSecret(sessionId: string): { token: string; hash: string } {
  const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

const REFRESH_REFUSED = 'Your sign-in has ended. Please sign in again.';

/**
 * How long the token a refresh replaced still works, once: the answer carrying its successor
 * can be lost (the page reloaded or the phone lost signal while it was on its way), and the
 * browser then still holds the old cookie. Without this, that person was signed out and their
 * session ended as if the token had been copied.
 */
export const ROTATION_GRACE_SECONDS = 60;

/**
 * Rotation as one compare-and-set. $2 is the presented token's hash. It is the current token: it
 * becomes the previous one. It is the previous one, within the grace, and the grace not used
 * yet: the lost answer is made again (a new current token; the previous one may not be used a
 * third time). Anything else matches no row.
 */
const ROTATE_SQL = `
  UPDATE sessions
     SET previous_refresh_token_hash = CASE WHEN refresh_token_hash = $2 THEN refresh_token_hash END,
         rotated_at = CASE WHEN refresh_token_hash = $2 THEN now() ELSE rotated_at END,
         refresh_token_hash = $3, last_seen_at = now(), expires_at = $4
   WHERE id = $1 AND ended_at IS NULL
     AND (refresh_token_hash = $2
          OR (previous_refresh_token_hash = $2 AND rotated_at > now() - make_interval(secs => $5)))
  RETURNING id`;

/**
 * Sign-in sessions (the `sessions` table's one writer). A session holds the hash of its one
 * valid refresh token; every refresh replaces it, and presenting any other token of the session
 * (an old one: it was copied, or replayed) ends the session, since only one of the two holders
 * can be its owner. The one exception is the token just replaced, once, for a minute
 * (ROTATION_GRACE_SECONDS): a lost answer, not a copy. Every ending is announced through ViewerDirectory.changed, so that each
 * instance forgets the session at once and closes its websockets (4401).
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly tokens: TokenService,
    private readonly viewers: ViewerDirectory,
  ) {}

  async start(userId: string, userAgent: string | undefined, manager: EntityManager = this.sessions.manager): Promise<IssuedSession> {
    // The id is in the refresh token, so it is known before the row is written.
    const id = randomUUID();
    const secret = newSecret(id);
    await manager.insert(SessionEntity, {
      id,
      userId,
      refreshTokenHash: secret.hash,
      userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null,
      expiresAt: idleExpiry(),
    });
    return this.issued(userId, id, secret.token);
  }

  /** A new access token and refresh token for the session the refresh token belongs to. */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession & { userId: string }> {
    const sessionId = refreshToken?.split('.')[0];
    if (!refreshToken || !isId(sessionId)) throw new UnauthenticatedError(REFRESH_REFUSED);
    const session = await this.sessions.findOneBy({ id: sessionId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!session) throw new UnauthenticatedError(REFRESH_REFUSED);
    const next = newSecret(sessionId);
    // Compare-and-set: of two holders of one token (a replay racing its owner), one ends up
    // holding a token the session no longer knows, and its next refresh ends the session.
    const [rotated]: [unknown[], number] = await this.sessions.query(ROTATE_SQL, [sessionId, sha256(refreshToken), next.hash, idleExpiry(), ROTATION_GRACE_SECONDS]);
    if (!rotated.length) {
      await this.end(session.userId, sessionId);
      throw new UnauthenticatedError('This sign-in was used from two places, so it has been ended. Please sign in again.');
    }
    return { ...this.issued(session.userId, sessionId, next.token), userId: session.userId };
  }

  /** A fresh pair for a session that goes on (after a password change). */
  async renew(userId: string, sessionId: string): Promise<IssuedSession> {
    const next = newSecret(sessionId);
    const renewed = await this.sessions.update({ id: sessionId, userId, endedAt: IsNull() }, { refreshTokenHash: next.hash, previousRefreshTokenHash: null, lastSeenAt: new Date() });
    if (!renewed.affected) throw new UnauthenticatedError(REFRESH_REFUSED);
    return this.issued(userId, sessionId, next.token);
  }

  /** Tokens shaped like a sign-in's that open nothing: no session row stands behind them. */
  unstored(userId: string): IssuedSession {
    return this.issued(userId, randomUUID(), newSecret(randomUUID()).token);
  }

  /** The user's open sessions, the most recently used first. */
  list(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId, endedAt: IsNull(), expiresAt: MoreThan(new Date()) }, order: { lastSeenAt: 'DESC' } });
  }

  /** Ends one session; false when it had already ended. */
  async end(userId: string, sessionId: string): Promise<boolean> {
    const ended = await this.sessions.update({ id: sessionId, userId, endedAt: IsNull() }, { endedAt: new Date() });
    await this.viewers.changed(userId);
    return !!ended.affected;
  }

  /**
   * Ends every session of the user but `keep` (all of them when null), and with them every token
   * of the user that names no session. Returns how many sessions ended.
   */
  async endAllBut(userId: string, keep: string | null, manager: EntityManager = this.sessions.manager): Promise<number> {
    const now = new Date();
    const ended = await manager.update(SessionEntity, { userId, endedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) }, { endedAt: now });
    await manager.update(UserEntity, { id: userId }, { sessionsEndedAt: now });
    return ended.affected ?? 0;
  }

  /** After endAllBut has committed: every instance forgets the user's sessions and closes their sockets. */
  announce(userId: string): Promise<void> {
    return this.viewers.changed(userId);
  }

  private issued(userId: string, sessionId: string, refreshToken: string): IssuedSession {
    const { token, expiresAt } = this.tokens.issue(userId, sessionId);
    return { sessionId, accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken };
  }
}
