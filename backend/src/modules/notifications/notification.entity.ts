import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from './notification-kind.enum';
import type { NotificationParams } from './notification-texts';

export enum EmailState {
  /** Not a mailed kind, or muted. */
  NONE = 'NONE',
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after the job's retries; kept for the record. */
  FAILED = 'FAILED',
}

/**
 * One thing a person was told. The words are not stored: they are written when read, in the
 * recipient's current language, from `kind` and `params`.
 */
@Entity('notifications')
@Index('notifications_inbox_idx', ['recipientId', 'createdAt', 'id'])
@Index('notifications_unread_idx', ['recipientId'], { where: '"read_at" IS NULL' })
@Index('notifications_mail_due_idx', ['createdAt'], { where: `"email_state" = 'PENDING'` })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  recipientId: string;

  @Column('varchar', { length: 32 })
  kind: NotificationKind;

  @Column('uuid', { nullable: true })
  storyId: string | null;

  @Column('uuid', { nullable: true })
  commentId: string | null;

  @Column('jsonb', { default: {} })
  params: NotificationParams;

  @Column('text', { nullable: true })
  link: string | null;

  /** One notification per key, ever: a retried job or a repeated event tells nobody twice. */
  @Index('notifications_dedupe_key', { unique: true })
  @Column('text', { nullable: true })
  dedupeKey: string | null;

  @Column('varchar', { length: 8, default: EmailState.NONE })
  emailState: EmailState;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
