import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, MoreThan, Repository } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { RateLimiter, RateLimitPolicy } from '../../../core/rate-limit/rate-limiter.service';
import { AccountMailer } from '../account-mailer';
import { passwordResetMail } from '../account-mails';
import { normalizeEmail } from '../dto/register.input';
import { hashPassword } from '../password-hash';
import { SessionsService, IssuedSession } from '../sessions/sessions.service';
import { assertAcceptablePassword } from '../sign-up-rules';
import { UserEntity } from '../user.entity';
import { PasswordResetEntity } from './password-reset.entity';

const RESET_LIFETIME_MS = 30 * 60 * 1000;
/** Per client: refused with RATE_LIMITED (says nothing about any address). */
export const PASSWORD_RESETS_PER_CLIENT: RateLimitPolicy = { name: 'password-reset-client', points: 10, windowSeconds: 3600 };
/** Per address: over it, the answer stays true and no more mail goes (nobody's inbox is flooded). */
export const PASSWORD_RESETS_PER_ADDRESS: RateLimitPolicy = { name: 'password-reset-address', points: 3, windowSeconds: 3600 };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const INVALID_LINK = 'This reset link is invalid, used or expired. Ask for a new one.';

/**
 * "Forgot password": a single-use link valid 30 minutes, mailed only to an address that has an
 * account, with the same answer (true) for any address. Resetting ends every session.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly limiter: RateLimiter,
    private readonly mailer: AccountMailer,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** The link for this address, as a reset mail and the "someone tried to sign up" mail carry it. */
  resetPageUrl(token?: string): string {
    return `${this.config.publicOrigin}/reset-password${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  }

  async request(rawEmail: string, ip: string | undefined): Promise<true> {
    await this.limiter.consume(PASSWORD_RESETS_PER_CLIENT, ip ?? 'unknown');
    const email = String(normalizeEmail(rawEmail) ?? '');
    if (!email) return true;
    try {
      await this.limiter.consume(PASSWORD_RESETS_PER_ADDRESS, email);
    } catch {
      return true;
    }
    const user = await this.users.findOne({ where: { email }, select: { id: true, email: true, language: true } });
    if (!user) return true;
    const token = randomBytes(32).toString('base64url');
    await this.resets.insert({ userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_LIFETIME_MS) });
    await this.mailer.queue(user.email, passwordResetMail(user.language, this.resetPageUrl(token)));
    return true;
  }

  /** Sets the new password, spends every open link of the account, ends every session and opens a new one here. */
  async reset(token: string, newPassword: string, userAgent: string | undefined): Promise<{ session: IssuedSession; user: UserEntity }> {
    const reset = await this.resets.findOneBy({ tokenHash: sha256(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!reset) throw new BadUserInputError(INVALID_LINK, 'token');
    const user = await this.users.findOneByOrFail({ id: reset.userId });
    assertAcceptablePassword(newPassword, [user.email, user.displayName], 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.resets.manager.transaction(async (manager) => {
      // Compare-and-set: of two uses of one link, one wins.
      const spent = await manager.update(PasswordResetEntity, { id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!spent.affected) throw new BadUserInputError(INVALID_LINK, 'token');
      await manager.update(PasswordResetEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.endAllBut(user.id, null, manager);
    });
    await this.sessions.announce(user.id);
    return { session: await this.sessions.start(user.id, userAgent), user };
  }
}
