import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../../core/config/app-config';
import { derivedKey } from '../../core/config/instance-secret';
import { isId } from '../../core/graphql/id.pipe';
import { NotificationKind } from './notification-kind.enum';

export type UnsubscribeScope = NotificationKind | 'ALL';

/** Where mails point to stop mails of one kind: `/mail/unsubscribe?u=<user>&k=<kind>&s=<HMAC>`. No sign-in needed, and none can be forged. */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = derivedKey(config, 'mail-secret', 'ugc:mail-unsubscribe:v1');
  }

  url(userId: string, scope: UnsubscribeScope): string {
    const query = new URLSearchParams({ u: userId, k: scope, s: this.sign(userId, scope) });
    return `${this.config.publicOrigin}/mail/unsubscribe?${query}`;
  }

  /** The user and scope of a genuine link; null for anything else. */
  verify(query: Record<string, unknown>): { userId: string; scope: UnsubscribeScope } | null {
    const { u, k, s } = query;
    if (!isId(u) || typeof k !== 'string' || typeof s !== 'string') return null;
    if (k !== 'ALL' && !(Object.values(NotificationKind) as string[]).includes(k)) return null;
    const given = Buffer.from(s, 'base64url');
    const expected = Buffer.from(this.sign(u, k as UnsubscribeScope), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { userId: u, scope: k as UnsubscribeScope };
  }

  private sign(userId: string, scope: string): string {
    return createHmac('sha256', this.key).update(`${userId}\n${scope}`).digest('base64url');
  }
}
