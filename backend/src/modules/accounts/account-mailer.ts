import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../core/jobs/job-queue';
import { MailService } from '../../core/mail/mail.service';
import type { AccountMail } from './account-mails';

const ACCOUNT_MAIL_JOB = 'accounts.mail';
interface AccountMailJob extends AccountMail {
  to: string;
}

/**
 * Sends the accounts domain's mails from the job queue, not inside the request: the answer to
 * "reset my password" or "sign me up" then takes the same time whether a mail goes or not (no
 * timing tells whether the address has an account), and a failed send is retried.
 */
@Injectable()
export class AccountMailer implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<AccountMailJob>(ACCOUNT_MAIL_JOB, (job) => this.mail.send({ to: job.to, subject: job.subject, text: job.text }));
  }

  queue(to: string, mail: AccountMail): Promise<void> {
    return this.jobs.enqueue<AccountMailJob>(ACCOUNT_MAIL_JOB, { to, ...mail }, { attempts: 5 });
  }
}
