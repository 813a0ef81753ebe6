import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager } from 'typeorm';
import { afterCommit } from '../../core/database/after-commit';
import { BadUserInputError } from '../../core/errors/app-errors';
import { JobQueue } from '../../core/jobs/job-queue';
import { Page } from '../../core/pagination/connection';
import { keysetPage } from '../../core/pagination/keyset-page';
import { NotificationAddedEvent, Topics } from '../../core/pubsub/topics';
import { UserEntity } from '../accounts/user.entity';
import { EmailState, NotificationEntity } from './notification.entity';
import { EMAIL_KINDS, NotificationKind, TOLD_WHILE_SUSPENDED } from './notification-kind.enum';
import { asLanguage, Language, LANGUAGES, NotificationParams } from './notification-texts';
import { idsAddedAfter } from '../../core/pubsub/resumable';

/** What happened, to whom: everything a notification is made from. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  /** Whose doing it was: nobody is told of their own action. */
  actorId?: string | null;
  storyId?: string | null;
  commentId?: string | null;
  params?: NotificationParams;
  /** Where the web app takes the reader, e.g. /stories/<id>. */
  link?: string | null;
  /** Set where the same event could be seen twice (a retried job, a sweep): one notification per key. */
  dedupeKey?: string | null;
}

export interface NotificationSettings {
  language: Language;
  /** The mailed kinds (EMAIL_KINDS) this person still receives by e-mail. */
  emailKinds: NotificationKind[];
}

export const MAIL_JOB = 'notifications.mail';

/**
 * The inbox. `tell` writes notifications inside the caller's transaction, so a notification
 * exists exactly when the event that caused it does; once that transaction commits, each one is
 * announced live (notificationAdded, on every instance through pub/sub) and its mail, if any,
 * is queued. Suspended recipients are not told (except of the suspension), deleted accounts never, nor is the actor.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubsub: PubSubEngine,
    private readonly jobs: JobQueue,
  ) {}

  async tell(manager: EntityManager, drafts: NotificationDraft[]): Promise<void> {
    const created: { id: string; recipientId: string; emailState: EmailState }[] = [];
    for (const draft of drafts) {
      if (draft.actorId && draft.actorId === draft.recipientId) continue;
      const mailed = EMAIL_KINDS.includes(draft.kind);
      const rows: { id: string; recipient_id: string; email_state: EmailState }[] = await manager.query(
        `INSERT INTO notifications (recipient_id, kind, story_id, comment_id, params, link, dedupe_key, email_state)
         SELECT u.id, $2::text, $3::uuid, $4::uuid, $5::jsonb, $6::text, $7::text,
                CASE WHEN $8::boolean AND NOT ($2::text = ANY (u.email_muted_kinds)) THEN '${EmailState.PENDING}' ELSE '${EmailState.NONE}' END
           FROM users u
          WHERE u.id = $1 AND u.deleted_at IS NULL AND ($9::boolean OR u.suspended_until IS NULL OR u.suspended_until <= now())
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, recipient_id, email_state`,
        [
          draft.recipientId, draft.kind, draft.storyId ?? null, draft.commentId ?? null, JSON.stringify(draft.params ?? {}),
          draft.link ?? null, draft.dedupeKey ?? null, mailed, TOLD_WHILE_SUSPENDED.includes(draft.kind),
        ],
      );
      created.push(...rows.map((r) => ({ id: r.id, recipientId: r.recipient_id, emailState: r.email_state })));
    }
    if (created.length) afterCommit(manager, () => this.announce(created));
  }

  /** An erased account's inbox goes with it (inside the caller's transaction). */
  async deleteAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(NotificationEntity, { recipientId: userId });
  }

  /** Newest first, on notifications_inbox_idx. */
  page(recipientId: string, args: { unreadOnly: boolean; first: number; after?: string | null }): Promise<Page<NotificationEntity>> {
    const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.recipient_id = :recipientId', { recipientId });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return keysetPage(query, { first: args.first, after: args.after, column: 'created_at', direction: 'DESC' });
  }

  /** The recipient's own notification, or null. */
  one(recipientId: string, id: string): Promise<NotificationEntity | null> {
    return this.dataSource.getRepository(NotificationEntity).findOneBy({ id, recipientId });
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n')
      .where('n.recipient_id = :recipientId AND n.read_at IS NULL', { recipientId })
      .getCount();
  }

  /** Only the recipient's own; returns how many changed. */
  async markRead(recipientId: string, ids: string[] | null | undefined): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :recipientId AND read_at IS NULL', { recipientId });
    if (ids) query.andWhere('id = ANY(:ids::uuid[])', { ids });
    return (await query.execute()).affected ?? 0;
  }

  async settings(userId: string): Promise<NotificationSettings> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    return { language: asLanguage(user.language), emailKinds: EMAIL_KINDS.filter((k) => !user.emailMutedKinds.includes(k)) };
  }

  async updateSettings(userId: string, changes: { language?: string | null; emailKinds?: NotificationKind[] | null }): Promise<NotificationSettings> {
    const update: Partial<UserEntity> = {};
    if (changes.language != null) {
      if (!(LANGUAGES as readonly string[]).includes(changes.language)) {
        throw new BadUserInputError(`The language must be one of ${LANGUAGES.join(', ')}.`, 'language');
      }
      update.language = changes.language;
    }
    if (changes.emailKinds != null) update.emailMutedKinds = EMAIL_KINDS.filter((k) => !changes.emailKinds!.includes(k));
    if (Object.keys(update).length) await this.dataSource.getRepository(UserEntity).update({ id: userId }, update);
    return this.settings(userId);
  }

  /** One-click unsubscribe: stops mails of `kind` (or of every kind) for this user. */
  async mute(userId: string, kind: NotificationKind | 'ALL'): Promise<void> {
    const muted = kind === 'ALL' ? [...EMAIL_KINDS] : [kind];
    await this.dataSource.query(
      `UPDATE users SET email_muted_kinds = ARRAY(SELECT DISTINCT unnest(email_muted_kinds || $2::text[])) WHERE id = $1`,
      [userId, muted],
    );
  }

  private async announce(created: { id: string; recipientId: string; emailState: EmailState }[]): Promise<void> {
    for (const row of created) {
      try {
        await this.pubsub.publish(Topics.notificationAdded(row.recipientId), { notificationId: row.id } satisfies NotificationAddedEvent);
      } catch (error) {
        this.logger.warn({ err: error }, 'could not publish a notification');
      }
      if (row.emailState === EmailState.PENDING) await this.jobs.enqueue(MAIL_JOB, { notificationId: row.id }, { jobId: `notification-mail:${row.id}`, attempts: 6 });
    }
  }

  /** The recipient's notifications created after `afterId`: what a reconnecting subscriber missed. */
  missedSince(recipientId: string, afterId: string): Promise<string[]> {
    return idsAddedAfter(this.dataSource.manager, { table: 'notifications', ownerColumn: 'recipient_id' }, recipientId, afterId);
  }
}
