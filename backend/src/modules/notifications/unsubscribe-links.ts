import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { TokenService } from '../../core/auth/token.service';
import { AppConfig } from '../../core/config/app-config';
import { isId } from '../../core/graphql/id.pipe';
import { NotificationKind } from './notification-kind.enum';

export type UnsubscribeScope = NotificationKind | 'ALL';

/** Where mails point to stop mails of one kind: `/mail/unsubscribe?u=<user>&k=<kind>&s=<HMAC>`. No sign-in needed, and none can be forged. */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  url(userId: string, scope: UnsubscribeScope): string {
    const query = new URLSearchParams({ u: userId, k: scope, s: this.sign(userId, scope) });
    return `${this.config.publicOrigin}/mail/unsubscribe?${query}`;
  }

  /** The user and scope of a genuine link; null for anything else. */
  verify(query: Record<string, unknown>): { userId: string; scope: UnsubscribeScope } | null {
    const { u, k, s } = query;
    if (!isId(u) || typeof k !== 'string' || typeof s !== 'string') return null;
    if (k !== 'ALL' && !(Object.values(NotificationKind) as string[]).includes(k)) return null;
    const given = Buffer.from(s);
    const expected = Buffer.from(this.sign(u, k as UnsubscribeScope));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId: u, scope: k as UnsubscribeScope };
  }

  /** A keyed digest only this deployment can make: the link's proof that the server wrote it. */
  private sign(userId: string, scope: string): string {
    return this.tokens.pseudonym('mail-unsubscribe', `${userId}\n${scope}`);
  }
}
