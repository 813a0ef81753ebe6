import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { openWinnersOf } from '../finale/open-winners';
import { ModerationLogService, ModerationRecord } from '../moderation/moderation-log.service';
import { NotificationKind } from './notification-kind.enum';
import { NotificationDraft, NotificationsService } from './notifications.service';

type Notice = (entry: ModerationRecord, manager: EntityManager) => Promise<NotificationDraft[]>;

/** A suspension "until 9999" is one without an end (accounts.service.ts). */
const NO_END_AFTER = new Date('9000-01-01T00:00:00Z');

const storyTitle = async (manager: EntityManager, storyId: string | null | undefined): Promise<string> =>
  storyId ? ((await manager.query(`SELECT title FROM stories WHERE id = $1`, [storyId]))[0]?.title ?? '') : '';

/** What a logged decision about a story tells its author. */
const toAuthor = (kind: NotificationKind, options: { once?: boolean } = {}): Notice => async (entry, manager) =>
  entry.targetUserId && entry.storyId
    ? [{
        recipientId: entry.targetUserId, actorId: entry.moderatorId, kind, storyId: entry.storyId,
        params: { storyTitle: await storyTitle(manager, entry.storyId), reason: entry.reason ?? null },
        link: `/stories/${entry.storyId}`,
        dedupeKey: options.once ? `${kind}:${entry.storyId}` : null,
      }]
    : [];

/** The reporter hears the outcome, never who decided it. */
const toReporter = (outcome: 'ACTION_TAKEN' | 'NO_ACTION'): Notice => async (entry, manager) => {
  if (!entry.reportId) return [];
  const [report]: { reporter_id: string }[] = await manager.query(`SELECT reporter_id FROM reports WHERE id = $1`, [entry.reportId]);
  return report ? [{ recipientId: report.reporter_id, actorId: entry.moderatorId, kind: NotificationKind.REPORT_RESOLVED, params: { outcome }, dedupeKey: `report-resolved:${entry.reportId}` }] : [];
};

/** Every winner in place whose claim is open, once each (a reserve moved up later is told then). */
const toWinners: Notice = async (entry, manager) =>
  (await openWinnersOf(entry, manager)).map((w) => ({
    recipientId: w.user_id, actorId: null, kind: NotificationKind.PRIZE_WON, storyId: w.story_id,
    params: { prizeName: w.prize_name, storyTitle: w.title, claimDeadline: w.claim_deadline?.toISOString() ?? null },
    link: `/c/${w.slug}/results`, dedupeKey: `prize-won:${w.id}`,
  }));

const toSuspended: Notice = async (entry, manager) => {
  if (!entry.targetUserId) return [];
  const [user]: { suspended_until: Date | null }[] = await manager.query(`SELECT suspended_until FROM users WHERE id = $1`, [entry.targetUserId]);
  const until = user?.suspended_until && user.suspended_until < NO_END_AFTER ? user.suspended_until.toISOString() : null;
  return [{ recipientId: entry.targetUserId, actorId: entry.moderatorId, kind: NotificationKind.ACCOUNT_SUSPENDED, params: { until, reason: entry.reason ?? null } }];
};

/** The logged actions that someone hears about, and who. Everything else in the log is staff-only. */
const NOTICES: Partial<Record<ModerationRecord['action'], Notice>> = {
  APPROVE: toAuthor(NotificationKind.STORY_APPROVED),
  REJECT: toAuthor(NotificationKind.STORY_REJECTED),
  REMOVE: toAuthor(NotificationKind.STORY_REMOVED),
  // Featuring again only edits the note: the author hears of it once.
  FEATURE: toAuthor(NotificationKind.STORY_FEATURED, { once: true }),
  RESOLVE_REPORT: toReporter('ACTION_TAKEN'),
  DISMISS_REPORT: toReporter('NO_ACTION'),
  FINALIZE_RESULTS: toWinners,
  PROMOTE_RESERVE: toWinners,
  SUSPEND: toSuspended,
};

/**
 * Every decision about a person's story, report, prize or account is written to the moderation
 * log in the transaction that makes it; this follows the log, so the person is told in that same
 * transaction, and no decision can be added without deciding here whether anyone hears of it.
 */
@Injectable()
export class LoggedActionNotices implements OnModuleInit {
  constructor(
    private readonly log: ModerationLogService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.log.observe(async (entry, manager) => {
      const notice = NOTICES[entry.action];
      if (notice) await this.notifications.tell(manager, await notice(entry, manager));
    });
  }
}
