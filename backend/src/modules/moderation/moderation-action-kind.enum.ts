import { registerEnumType } from '@nestjs/graphql';

/** Every kind of entry the audit log holds: one list, printed in the schema as ModerationActionKind. */
export enum ModerationActionKind {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REMOVE = 'REMOVE',
  RESTORE = 'RESTORE',
  DELETE_STORY = 'DELETE_STORY',
  HOLD_FOR_REPORTS = 'HOLD_FOR_REPORTS',
  HIDE_COMMENT = 'HIDE_COMMENT',
  DELETE_COMMENT = 'DELETE_COMMENT',
  RESOLVE_REPORT = 'RESOLVE_REPORT',
  DISMISS_REPORT = 'DISMISS_REPORT',
  FEATURE = 'FEATURE',
  UNFEATURE = 'UNFEATURE',
  SET_ROLE = 'SET_ROLE',
  SUSPEND = 'SUSPEND',
  UNSUSPEND = 'UNSUSPEND',
  ADD_TERM = 'ADD_TERM',
  REMOVE_TERM = 'REMOVE_TERM',
}

registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });
