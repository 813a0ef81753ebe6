import { registerEnumType } from '@nestjs/graphql';

export enum ModerationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REMOVE = 'REMOVE',
  RESTORE = 'RESTORE',
}

export enum ReportReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  INAPPROPRIATE_IMAGE = 'INAPPROPRIATE_IMAGE',
  COPYRIGHT = 'COPYRIGHT',
  PRIVACY = 'PRIVACY',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}

/** What a word-list entry does to a text containing it. */
export enum ModerationTermActionKind {
  BLOCK = 'BLOCK',
  REVIEW = 'REVIEW',
}

registerEnumType(ModerationDecision, { name: 'ModerationDecision' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ModerationTermActionKind, { name: 'ModerationTermAction' });
