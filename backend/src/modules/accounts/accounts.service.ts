import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { QueryFailedError, Repository } from 'typeorm';
import { TokenService } from '../../core/auth/token.service';
import { ViewerDirectory } from '../../core/auth/viewer-directory';
import { AppConfig } from '../../core/config/app-config';
import {
  BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError,
} from '../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { RegisterInput, normalizeEmail } from './dto/register.input';
import { Role } from './role.enum';
import { imitatesStaff } from './sign-up-rules';
import { UserEntity } from './user.entity';
import { ReferralsService } from '../sharing/referrals.service';
import { PhotosService } from '../photos/photos.service';
import { UpdateProfileInput } from './dto/update-profile.input';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 100 ms a hash here). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

/** Carrier NAT puts many honest people behind one IP: generous per IP, strict per account. */
export const REGISTRATIONS_PER_IP: RateLimitPolicy = { name: 'register-ip', points: 50, windowSeconds: 3600 };
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
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly log: ModerationLogService,
    private readonly config: AppConfig,
    private readonly viewers: ViewerDirectory,
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

  async register(input: RegisterInput, ip: string | undefined, userAgent = ''): Promise<{ accessToken: string; user: UserEntity }> {
    await this.limiter.consume(REGISTRATIONS_PER_IP, ip ?? 'unknown');
    if (imitatesStaff(input.displayName)) {
      throw new BadUserInputError('That name is kept for the platform\'s staff. Please choose another.', 'displayName');
    }
    const user = await this.createUser(input, Role.CUSTOMER);
    // Credit the shared link the visitor came through, if any; an account is never refused for it.
    if (ip) {
      await this.referrals.attributeSignup(user.id, { ip, userAgent }).catch((error: Error) => this.logger.warn(`sign-up not attributed: ${error.message}`));
    }
    return { accessToken: this.tokens.issue(user.id), user };
  }

  /** One answer for an unknown email and a wrong password; attempts are limited as LOGIN_ATTEMPTS_* describe. */
  async login(rawEmail: string, password: string, ip: string | undefined): Promise<{ accessToken: string; user: UserEntity }> {
    const email = String(normalizeEmail(rawEmail));
    const client = ip ?? 'unknown';
    const counts = [
      [LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, `${email}|${client}`],
      [LOGIN_ATTEMPTS_PER_CLIENT, client],
      [LOGIN_ATTEMPTS_PER_ACCOUNT, email],
    ] as const;
    for (const [policy, key] of counts) await this.limiter.consume(policy, key);
    const user = email ? await this.users.findOneBy({ email }) : null;
    const passwordHash = user?.passwordHash ?? (await (this.decoyHash ??= hash('decoy-password', ARGON2_OPTIONS)));
    const valid = await verify(passwordHash, password).catch(() => false);
    if (!user || !valid) throw new UnauthenticatedError('The email or password is incorrect.');
    await this.limiter.reset(LOGIN_ATTEMPTS_PER_ACCOUNT_AND_CLIENT, `${email}|${client}`);
    await this.limiter.refund(LOGIN_ATTEMPTS_PER_CLIENT, client);
    await this.limiter.refund(LOGIN_ATTEMPTS_PER_ACCOUNT, email);
    return { accessToken: this.tokens.issue(user.id), user };
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
    if (changes.displayName) await this.viewers.changed(viewer.id);
    return user;
  }

  /** Anyone's public profile: null when there is no such account. */
  findProfile(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  private async requireUser(id: string): Promise<UserEntity> {
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
