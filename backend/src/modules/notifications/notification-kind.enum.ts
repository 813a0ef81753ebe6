import { registerEnumType } from '@nestjs/graphql';

/** What a person can be told about. */
export enum NotificationKind {
  STORY_APPROVED = 'STORY_APPROVED',
  STORY_REJECTED = 'STORY_REJECTED',
  STORY_REMOVED = 'STORY_REMOVED',
  STORY_FEATURED = 'STORY_FEATURED',
  STORY_COMMENTED = 'STORY_COMMENTED',
  COMMENT_REPLIED = 'COMMENT_REPLIED',
  LIKE_MILESTONE = 'LIKE_MILESTONE',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  PRIZE_WON = 'PRIZE_WON',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  DATA_EXPORT_READY = 'DATA_EXPORT_READY',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });

/**
 * The kinds that matter away from the site, so they are also mailed (unless the person muted
 * that kind). The rest stay in the inbox: nobody wants a mail per comment.
 */
export const EMAIL_KINDS: readonly NotificationKind[] = [
  NotificationKind.STORY_REJECTED,
  NotificationKind.STORY_REMOVED,
  NotificationKind.PRIZE_WON,
  NotificationKind.ACCOUNT_SUSPENDED,
  NotificationKind.DATA_EXPORT_READY,
];

/** Told even while suspended: the suspension itself. Everything else waits for the account to be in good standing. */
export const TOLD_WHILE_SUSPENDED: readonly NotificationKind[] = [NotificationKind.ACCOUNT_SUSPENDED, NotificationKind.DATA_EXPORT_READY];
