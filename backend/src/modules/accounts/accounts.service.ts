import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { QueryFailedError, Repository } from 'typeorm';
import { TokenService } from '../../core/auth/token.service';
import { AppConfig } from '../../core/config/app-config';
import {
  BadUserInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError,
} from '../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { RegisterInput, normalizeEmail } from './dto/register.input';
import { Role } from './role.enum';
import { UserEntity } from './user.entity';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 100 ms a hash here). */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

/** Carrier NAT puts many honest people behind one IP: generous per IP, strict per account. */
export const REGISTRATIONS_PER_IP: RateLimitPolicy = { name: 'register-ip', points: 50, windowSeconds: 3600 };
export const FAILED_LOGINS_PER_ACCOUNT: RateLimitPolicy = { name: 'login-failed', points: 10, windowSeconds: 15 * 60 };

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

  async register(input: RegisterInput, ip: string | undefined): Promise<{ accessToken: string; user: UserEntity }> {
    await this.limiter.consume(REGISTRATIONS_PER_IP, ip ?? 'unknown');
    const user = await this.createUser(input, Role.CUSTOMER);
    return { accessToken: this.tokens.issue(user.id), user };
  }

  /** One answer for an unknown email and a wrong password; failures are limited per account. */
  async login(rawEmail: string, password: string): Promise<{ accessToken: string; user: UserEntity }> {
    const email = String(normalizeEmail(rawEmail));
    await this.limiter.assertAvailable(FAILED_LOGINS_PER_ACCOUNT, email);
    const user = email ? await this.users.findOneBy({ email }) : null;
    const passwordHash = user?.passwordHash ?? (await (this.decoyHash ??= hash('decoy-password', ARGON2_OPTIONS)));
    const valid = await verify(passwordHash, password).catch(() => false);
    if (!user || !valid) {
      await this.limiter.record(FAILED_LOGINS_PER_ACCOUNT, email);
      throw new UnauthenticatedError('The email or password is incorrect.');
    }
    return { accessToken: this.tokens.issue(user.id), user };
  }

  async setRole(actor: Viewer, userId: string, role: Role): Promise<UserEntity> {
    if (actor.id === userId && role !== Role.ADMIN) {
      throw new BadUserInputError('You cannot take away your own administrator role.', 'userId');
    }
    const user = await this.requireUser(userId);
    if (user.role === role) return user;
    return this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { role });
      await this.log.record({ action: 'SET_ROLE', moderatorId: actor.id, targetUserId: userId, reason: `${user.role} → ${role}` }, manager);
      return { ...user, role };
    });
  }

  /**
   * A suspended user can still read but not post, like, comment or report. Moderators may
   * suspend customers and brand staff; only an administrator may suspend a moderator.
   */
  async suspend(actor: Viewer, userId: string, reason: string, until?: Date | null): Promise<UserEntity> {
    if (actor.id === userId) throw new BadUserInputError('You cannot suspend yourself.', 'userId');
    if (until && until <= new Date()) throw new BadUserInputError('The suspension must end in the future.', 'until');
    const user = await this.requireUser(userId);
    if (user.role === Role.ADMIN || (user.role === Role.MODERATOR && actor.role !== Role.ADMIN)) {
      throw new ForbiddenError('Only an administrator can suspend a moderator, and administrators cannot be suspended.');
    }
    const suspendedUntil = until ?? INDEFINITELY;
    return this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { suspendedUntil, suspensionReason: reason });
      await this.log.record({ action: 'SUSPEND', moderatorId: actor.id, targetUserId: userId, reason }, manager);
      return { ...user, suspendedUntil, suspensionReason: reason };
    });
  }

  async liftSuspension(actor: Viewer, userId: string): Promise<UserEntity> {
    const user = await this.requireUser(userId);
    return this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { suspendedUntil: null, suspensionReason: null });
      await this.log.record({ action: 'UNSUSPEND', moderatorId: actor.id, targetUserId: userId }, manager);
      return { ...user, suspendedUntil: null, suspensionReason: null };
    });
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
