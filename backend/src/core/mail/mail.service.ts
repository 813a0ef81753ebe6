import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/**
 * Sends mail. With SMTP_URL set, through that server (nodemailer, pooled); otherwise nodemailer
 * builds the same RFC 5322 message and it is written as an `.eml` file to DATA_DIR/outbox/, so a
 * fresh clone "sends" mail that a developer can open in any mail client.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  readonly outboxDir: string | null;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.outboxDir = null;
      this.transport = createTransport(withPool(config.SMTP_URL));
    } else {
      this.outboxDir = join(config.dataDir, 'outbox');
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    }
  }

  /** Resolves once the SMTP server accepted the message (or the file is written); throws otherwise so a job can retry. */
  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ ...message, from: this.config.MAIL_FROM, messageId: `<${randomUUID()}@${hostOf(this.config.MAIL_FROM)}>` });
    if (this.outboxDir) {
      await mkdir(this.outboxDir, { recursive: true });
      // Sortable by time, unique per message: a developer opens the newest.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(join(this.outboxDir, name), info.message as Buffer);
    }
    this.logger.debug({ to: redact(message.to), subject: message.subject }, 'mail sent');
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

/** Keeps SMTP connections open between messages unless the URL says otherwise. */
function withPool(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  return parsed.toString();
}

function hostOf(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'localhost';
}

/** Logs carry no full addresses. */
const redact = (address: string) => address.replace(/^(.).*(@.*)$/, '$1…$2');
