import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { ViewerDirectory } from '../../core/auth/viewer-directory';
import { AppConfig } from '../../core/config/app-config';
import {
  BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError,
} from '../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { RegisterInput, normalizeEmail } from './dto/register.input';
import { Role } from './role.enum';
import { createHash, randomUUID } from 'node:crypto';
import { DataExportEntity } from './data-export/data-export.entity';
import { PasswordResetEntity } from './password-reset/password-reset.entity';
import { AccountMailer } from './account-mailer';
import { signUpAttemptMail } from './account-mails';
import { hashPassword, passwordMatches } from './password-hash';
import { SessionsService, IssuedSession } from './sessions/sessions.service';
import { assertAcceptablePassword, imitatesStaff } from './sign-up-rules';
import { UserEntity } from './user.entity';
import { ReferralsService } from '../sharing/referrals.service';
import { PhotosService } from '../photos/photos.service';
import { UpdateProfileInput } from './dto/update-profile.input';

/** Who is signing in, as far as a session records it. */
export interface SignInClient {
  ip: string | undefined;
  userAgent: string | undefined;
}

export { hashPassword } from './password-hash';

/** Carrier NAT puts many honest people behind one IP: generous per IP, strict per account. */
export const REGISTRATIONS_PER_IP: RateLimitPolicy = { name: 'register-ip', points: 50, windowSeconds: 3600 };
/** "Someone tried to sign up with your address" mails: enough to warn, too few to flood an inbox. */
export const SIGN_UP_ATTEMPT_MAILS_PER_ADDRESS: RateLimitPolicy = { name: 'sign-up-attempt-mail', points: 3, windowSeconds: 3600 };
/**
 * Sign-in attempts are counted before the password is checked (so parallel guesses cannot all
 * slip past the count) and refunded when it is right. Three counts, so that a flood of guesses
 * from elsewhere does not lock the owner out:
 * - per account and client: the lockout that stops guessing, felt only by the guesser's address;
 * - per client across accounts: stops one address spraying a common password over many accounts;
 * - per account across clients: a slower brake on guesses spread over many addresses.
 */
export const LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT: RateLimitPolicy = { name: 'login-account-client', points: 10, windowSeconds: 15 * 60 };
export const LOGIN_ATTEMPTS_PER_CLIENT: RateLimitPolicy = { name: 'login-client', points: 30, windowSeconds: 15 * 60 };
export const LOGIN_ATTEMPTS_PER_ACCOUNT: RateLimitPolicy = { name: 'login-account', points: 100, windowSeconds: 60 * 60 };

/** Staff accounts are suspended and reinstated by administrators only; customers by any moderator. */
function assertOutranks(actor: Viewer, target: UserEntity): void {
  if (target.role !== Role.CUSTOMER && actor.role !== Role.ADMIN) {
    throw new ForbiddenError('Only an administrator can suspend or reinstate a moderator, brand staff member or administrator.');
  }
}

/** Until then, in effect; far enough to read as "until lifted". */
const INDEFINITELY = new Date('9999-12-31T00:00:00Z');

@Injectable()
export class AccountsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountsService.name);
  /** Compared against when the email is unknown, so both failures take the same time. */
  private decoyHash?: Promise<string>;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    private readonly log: ModerationLogService,
    private readonly config: AppConfig,
    private readonly viewers: ViewerDirectory,
    private readonly mailer: AccountMailer,
    private readonly referrals: ReferralsService,
    private readonly photos: PhotosService,
  ) {}

  /** ADMIN_EMAIL / ADMIN_PASSWORD create that administrator on start if absent. */
  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = normalizeEmail(ADMIN_EMAIL) as string;
    if (await this.users.existsBy({ email })) return;
    await this.createUser({ email, password: ADMIN_PASSWORD, displayName: 'Admin' }, Role.ADMIN).catch((error) => {
      if (!(error instanceof ConflictError)) throw error; // another instance made it first
    });
    this.logger.log(`created the administrator ${email}`);
  }

  async register(input: RegisterInput, client: SignInClient): Promise<{ session: IssuedSession; user: UserEntity }> {
    await this.limiter.consume(REGISTRATIONS_PER_IP, client.ip ?? 'unknown');
    if (imitatesStaff(input.displayName)) {
      throw new BadUserInputError('That name is kept for the platform\'s staff. Please choose another.', 'displayName');
    }
    try {
      const user = await this.createUser(input, Role.CUSTOMER);
      // Credit the shared link the visitor came through, if any; an account is never refused for it.
      if (client.ip) {
        await this.referrals
          .attributeSignup(user.id, { ip: client.ip, userAgent: client.userAgent ?? '' })
          .catch((error: Error) => this.logger.warn(`sign-up not attributed: ${error.message}`));
      }
      return { session: await this.sessions.start(user.id, client.userAgent), user };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return this.answerForTakenAddress(input);
    }
  }

  /**
   * Sign-up with an address that has an account answers like a success (same shape, same time:
   * the password was hashed all the same), so sign-up does not tell who has an account; the
   * owner is mailed instead. The answer's tokens name no stored account or session, so they
   * open nothing.
   */
  private async answerForTakenAddress(input: RegisterInput): Promise<{ session: IssuedSession; user: UserEntity }> {
    const owner = await this.users.findOne({ where: { email: input.email }, select: { id: true, email: true, language: true } });
    const mailAllowed = await this.limiter.consume(SIGN_UP_ATTEMPT_MAILS_PER_ADDRESS, input.email).then(() => true, () => false);
    if (owner && mailAllowed) {
      const base = this.config.publicOrigin;
      await this.mailer.queue(owner.email, signUpAttemptMail(owner.language, `${base}/login`, `${base}/forgot-password`));
    }
    const standIn = this.users.create({
      id: randomUUID(),
      email: input.email,
      displayName: input.displayName,
      role: Role.CUSTOMER,
      avatarUrl: null,
      suspendedUntil: null,
      createdAt: new Date(),
    });
    return { session: this.sessions.unstored(standIn.id), user: standIn };
  }

  /** One answer for an unknown email and a wrong password; attempts are limited as LOGIN_ATTEMPTS_* describe. */
  async login(rawEmail: string, password: string, from: SignInClient): Promise<{ session: IssuedSession; user: UserEntity }> {
    const email = String(normalizeEmail(rawEmail));
    const client = from.ip ?? 'unknown';
    const counts = [
      [LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, `${email}|${client}`],
      [LOGIN_ATTEMPTS_PER_CLIENT, client],
      [LOGIN_ATTEMPTS_PER_ACCOUNT, email],
    ] as const;
    for (const [policy, key] of counts) await this.limiter.consume(policy, key);
    const user = email ? await this.users.findOneBy({ email }) : null;
    const passwordHash = user?.passwordHash ?? (await (this.decoyHash ??= hashPassword('decoy-password')));
    const valid = await passwordMatches(passwordHash, password);
    if (!user || !valid) throw new UnauthenticatedError('The email or password is incorrect.');
    await this.limiter.reset(LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, `${email}|${client}`);
    await this.limiter.refund(LOGIN_ATTEMPTS_PER_CLIENT, client);
    await this.limiter.refund(LOGIN_ATTEMPTS_PER_ACCOUNT, email);
    return { session: await this.sessions.start(user.id, from.userAgent), user };
  }

  /**
   * A new password ends every other session (and every token naming none); the current one goes
   * on with a fresh pair of tokens. The current password is checked under the login limits.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, from: SignInClient): Promise<{ session: IssuedSession; user: UserEntity }> {
    const user = await this.confirmPassword(viewer, currentPassword, from, 'currentPassword');
    assertAcceptablePassword(newPassword, [user.email, user.displayName], 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endAllBut(user.id, viewer.sessionId ?? null, manager);
    });
    await this.sessions.announce(user.id);
    const session = viewer.sessionId
      ? await this.sessions.renew(user.id, viewer.sessionId)
      : await this.sessions.start(user.id, from.userAgent);
    return { session, user };
  }

  async setRole(actor: Viewer, userId: string, role: Role): Promise<UserEntity> {
    if (actor.id === userId && role !== Role.ADMIN) {
      throw new BadUserInputError('You cannot take away your own administrator role.', 'userId');
    }
    const user = await this.requireUser(userId);
    if (user.role === role) return user;
    const changed = await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { role });
      await this.log.record({ action: 'SET_ROLE', moderatorId: actor.id, targetUserId: userId, reason: `${user.role} → ${role}` }, manager);
      return { ...user, role };
    });
    // After the commit: every instance re-reads the user, and their open sockets are re-checked.
    await this.viewers.changed(userId);
    return changed;
  }

  /**
   * A suspended user can still read but not post, like, comment or report, and holds no staff
   * power while it lasts (accounts-viewer.ts). Moderators may suspend customers; only an
   * administrator may suspend (or reinstate) staff: moderators, brand staff and other administrators.
   */
  async suspend(actor: Viewer, userId: string, reason: string, until?: Date | null): Promise<UserEntity> {
    if (actor.id === userId) throw new BadUserInputError('You cannot suspend yourself.', 'userId');
    if (until && until <= new Date()) throw new BadUserInputError('The suspension must end in the future.', 'until');
    const user = await this.requireUser(userId);
    assertOutranks(actor, user);
    const suspendedUntil = until ?? INDEFINITELY;
    const suspended = await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { suspendedUntil, suspensionReason: reason });
      await this.log.record({ action: 'SUSPEND', moderatorId: actor.id, targetUserId: userId, reason }, manager);
      return { ...user, suspendedUntil, suspensionReason: reason };
    });
    await this.viewers.changed(userId);
    return suspended;
  }

  async liftSuspension(actor: Viewer, userId: string): Promise<UserEntity> {
    if (actor.id === userId) throw new ForbiddenError('You cannot lift your own suspension.');
    const user = await this.requireUser(userId);
    assertOutranks(actor, user);
    const lifted = await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { suspendedUntil: null, suspensionReason: null });
      await this.log.record({ action: 'UNSUSPEND', moderatorId: actor.id, targetUserId: userId }, manager);
      return { ...user, suspendedUntil: null, suspensionReason: null };
    });
    await this.viewers.changed(userId);
    return lifted;
  }

  /**
   * The user changes their own display name, bio or avatar. An avatar is a photo uploaded through
   * the photo flow, checked and claimed like a story's (PhotosService), then processed after the
   * commit; until it is READY the profile shows the previous one.
   */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    if (input.displayName && imitatesStaff(input.displayName) && viewer.role === Role.CUSTOMER) {
      throw new BadUserInputError('That name is kept for the platform\'s staff. Please choose another.', 'displayName');
    }
    const changes: Partial<Pick<UserEntity, 'displayName' | 'bio' | 'avatarPhotoId'>> = {};
    if (input.displayName) changes.displayName = input.displayName;
    if (input.bio !== undefined && input.bio !== null) changes.bio = input.bio || null;
    if (input.avatarPhotoId) changes.avatarPhotoId = input.avatarPhotoId;
    const user = await this.users.manager.transaction(async (manager) => {
      if (input.avatarPhotoId) await this.photos.claimForAvatar(manager, viewer.id, input.avatarPhotoId);
      if (Object.keys(changes).length) await manager.update(UserEntity, { id: viewer.id }, changes);
      return manager.findOneByOrFail(UserEntity, { id: viewer.id });
    });
    if (input.avatarPhotoId) await this.photos.enqueueProcessing([input.avatarPhotoId]);
    // Every instance forgets the user: the viewer's display name, and the rows queries share (authors on feed cards).
    if (Object.keys(changes).length) await this.viewers.changed(viewer.id);
    return user;
  }

  /** Anyone's public profile: null when there is no such account. */
  findProfile(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }


  /** The signed-in user's password again, before something that cannot be undone; counted like sign-in attempts. */
  async confirmPassword(viewer: Viewer, password: string, from: SignInClient, field: string): Promise<UserEntity> {
    const user = await this.requireUser(viewer.id);
    const key = `${user.email}|${from.ip ?? 'unknown'}`;
    await this.limiter.consume(LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, key);
    if (!(await passwordMatches(user.passwordHash, password))) throw new BadUserInputError('The password is incorrect.', field);
    await this.limiter.reset(LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, key);
    return user;
  }

  /**
   * Empties the account inside the caller's transaction (account-deletion.service.ts runs the
   * rest): the e-mail, name, avatar and password go; a pseudonym stays, so the moderation log
   * can still tell one erased account from another and frozen results keep their places; every
   * session, reset link and data export ends. Returns the stored exports' keys, to delete.
   */
  async erase(manager: EntityManager, userId: string): Promise<string[]> {
    const pseudonym = `Deleted account ${createHash('sha256').update(userId).digest('hex').slice(0, 6)}`;
    await manager.update(UserEntity, { id: userId }, {
      email: `deleted-${userId}@deleted.invalid`,
      displayName: pseudonym,
      avatarUrl: null,
      avatarPhotoId: null,
      bio: null,
      passwordHash: '!',
      suspendedUntil: null,
      suspensionReason: null,
      deletedAt: new Date(),
    });
    await this.sessions.endAllBut(userId, null, manager);
    await manager.delete(PasswordResetEntity, { userId });
    const exports = await manager.find(DataExportEntity, { where: { userId }, select: { storageKey: true } });
    await manager.delete(DataExportEntity, { userId });
    return exports.flatMap((row) => (row.storageKey ? [row.storageKey] : []));
  }

  async requireUser(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('That user');
    return user;
  }

  private async createUser(input: RegisterInput, role: Role): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.users.save(this.users.create({ email: input.email, displayName: input.displayName, passwordHash, role }));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictError('An account with this email already exists.', 'email');
      }
      throw error;
    }
  }
}
