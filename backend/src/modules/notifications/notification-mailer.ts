import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { JobQueue, Scheduler } from '../../core/jobs/job-queue';
import { MailService } from '../../core/mail/mail.service';
import { EmailState, NotificationEntity } from './notification.entity';
import { asLanguage, notificationText } from './notification-texts';
import { MAIL_JOB } from './notifications.service';
import { UnsubscribeLinks } from './unsubscribe-links';

/** A PENDING mail this old was lost with a process (or gave up its retries): the sweep queues it again. */
const STUCK_AFTER_MINUTES = 10;
/** A mail still unsent after a day is given up: its news is stale, and the inbox has it. */
const GIVE_UP_AFTER_HOURS = 24;

const FOOTER = {
  en: (unsubscribe: string) => `You receive this because of your account on our campaigns.\nStop these e-mails: ${unsubscribe}`,
  'zh-CN': (unsubscribe: string) => `你收到这封邮件，是因为你在我们的活动中有账号。\n不再接收此类邮件：${unsubscribe}`,
};

/**
 * Mails the notifications that matter off-site. The row is the mail's outbox: a job sends a
 * PENDING one and marks it SENT; if the process dies first, the sweep finds it again. So a mail
 * goes at least once; a second copy needs a crash between the SMTP server's "accepted" and the
 * UPDATE, which is rare enough to accept for news like these.
 */
@Injectable()
export class NotificationMailer implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly mail: MailService,
    private readonly links: UnsubscribeLinks,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.handle<{ notificationId: string }>(MAIL_JOB, ({ notificationId }) => this.send(notificationId), { concurrency: 4 });
    this.scheduler.every('notifications:mail-sweep', 5 * 60_000, () => this.sweep());
  }

  async send(notificationId: string): Promise<void> {
    const row: (NotificationEntity & { email: string; language: string }) | undefined = (
      await this.dataSource.query(
        `SELECT n.id, n.kind, n.params, n.link, n.recipient_id AS "recipientId", u.email, u.language
           FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.id = $1 AND n.email_state = '${EmailState.PENDING}'`,
        [notificationId],
      )
    )[0];
    if (!row) return; // sent already, or the account is gone
    const language = asLanguage(row.language);
    const text = notificationText(row.kind, row.params, language);
    const unsubscribe = this.links.url(row.recipientId, row.kind);
    const link = row.link ? `${this.config.publicOrigin}${row.link}` : this.config.publicOrigin;
    await this.mail.send({
      to: row.email,
      subject: text.title,
      text: [text.body, link, '', '—', FOOTER[language](unsubscribe)].filter((line) => line !== null).join('\n'),
      headers: {
        // RFC 8058: mail clients offer their own "unsubscribe" button, which POSTs here.
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
    await this.dataSource.query(`UPDATE notifications SET email_state = '${EmailState.SENT}' WHERE id = $1 AND email_state = '${EmailState.PENDING}'`, [notificationId]);
  }

  /** Re-queues mails left PENDING by a lost process; gives up those older than a day. */
  async sweep(): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET email_state = '${EmailState.FAILED}'
        WHERE email_state = '${EmailState.PENDING}' AND created_at < now() - make_interval(hours => $1)`,
      [GIVE_UP_AFTER_HOURS],
    );
    const stuck: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notifications WHERE email_state = '${EmailState.PENDING}' AND created_at < now() - make_interval(mins => $1) LIMIT 1000`,
      [STUCK_AFTER_MINUTES],
    );
    const round = Math.floor(Date.now() / 60_000);
    for (const { id } of stuck) await this.jobs.enqueue(MAIL_JOB, { notificationId: id }, { jobId: `notification-mail:${id}:${round}`, attempts: 3 });
  }
}
