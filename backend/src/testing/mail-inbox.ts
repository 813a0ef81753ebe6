import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** A header's raw value as sent (mailparser restructures some, such as List-*). */
  header(name: string): string | undefined;
}

const received = (mail: ParsedMail): ReceivedMail => ({
  to: [mail.to ?? []].flat().map((a) => a.text).join(', '),
  subject: mail.subject ?? '',
  text: mail.text ?? '',
  header: (name) => {
    const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
    return line?.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
  },
});

/** A real SMTP server on loopback that keeps what it is sent: the app talks SMTP to it as to any other. */
export interface SmtpInbox {
  url: string;
  mails: ReceivedMail[];
  /** Makes the next `n` messages fail with a temporary error (451), as a busy server does. */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (failures > 0) {
        failures--;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          mails.push(received(mail));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext: (n) => (failures = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The `.eml` files the default (no SMTP_URL) mail adapter wrote under DATA_DIR/outbox/, oldest first. */
export async function outboxMails(dataDir: string): Promise<ReceivedMail[]> {
  const dir = join(dataDir, 'outbox');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map(async (f) => received(await simpleParser(await readFile(join(dir, f))))));
}
