import { Injectable } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AppConfig } from '../../core/config/app-config';
import { EndpointGuard } from './endpoint-guard';

export interface AttemptOutcome {
  /** The receiver's HTTP status, when it answered. */
  status: number | null;
  ms: number;
  /** A short reason when the attempt failed. */
  error: string | null;
}

/** How much of a receiver's answer is read (and thrown away) before the connection is dropped. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One POST to a receiver, bounded by WEBHOOK_TIMEOUT_MS from start to the end of the answer.
 * Redirects are not followed (a 3xx is a failure): a redirect could point inside the network.
 */
@Injectable()
export class WebhookSender {
  private readonly timeoutMs: number;

  constructor(config: AppConfig, private readonly guard: EndpointGuard) {
    this.timeoutMs = config.WEBHOOK_TIMEOUT_MS;
  }

  post(target: string, headers: Record<string, string>, body: string): Promise<AttemptOutcome> {
    const started = process.hrtime.bigint();
    const elapsed = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    return new Promise<AttemptOutcome>((resolve) => {
      let settled = false;
      // Set once the request exists; done() may run before (a refused URL).
      const deadline: { timer?: NodeJS.Timeout } = {};
      const done = (outcome: Omit<AttemptOutcome, 'ms'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline.timer);
        resolve({ ...outcome, ms: elapsed() });
      };
      let url: URL;
      try {
        url = new URL(target);
        this.guard.assertLiteralAllowed(url);
      } catch (error) {
        return done({ status: null, error: short(error) });
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'ugc-webhooks/1' },
        ...(this.guard.mustCheck(url) ? { lookup: this.guard.lookup } : {}),
      });
      deadline.timer = setTimeout(() => {
        req.destroy();
        done({ status: null, error: `timed out after ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      req.on('response', (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? 0;
          done({ status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` });
        };
        res.on('end', finish);
        res.on('close', finish);
      });
      req.on('error', (error) => done({ status: null, error: short(error) }));
      req.end(body);
    });
  }
}

function short(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 200);
}
