import { Injectable } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The instance's drain state on SIGTERM. Draining, /readyz answers 503 so the load balancer
 * stops sending new work, yet requests are still served for the grace period (it takes the
 * balancer a few health checks to notice) with `Connection: close`, so keep-alive clients
 * reconnect elsewhere instead of being reset when the port closes. Websockets are closed by
 * their owner, WebSocketGate, with 1012 when the app closes.
 */
/** After the grace, the port closes once this long has passed without a request arriving or running. */
const QUIET_MS = 500;
/** …but never later than this after the grace: a client that keeps sending is cut off. */
const MAX_SETTLE_MS = 10_000;

@Injectable()
export class Drain {
  private since: number | null = null;
  private inFlight = 0;
  private lastActivity = 0;

  get draining(): boolean {
    return this.since !== null;
  }

  /** Hooks the HTTP server: `Connection: close` while draining. */
  attach(server: Server): void {
    // Prepended so that it runs before Express answers (a static file may be answered synchronously).
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) res.shouldKeepAlive = false;
      this.inFlight++;
      this.lastActivity = Date.now();
      res.once('close', () => {
        this.inFlight--;
        this.lastActivity = Date.now();
      });
    });
  }

  /**
   * Resolves once no request has run or arrived for a moment (or after MAX_SETTLE_MS). Closing
   * the port the instant the grace ends would reset the requests a busy instance has not
   * answered yet, and those a keep-alive client sends on a connection it had just been answered
   * on: closing when quiet answers them all.
   */
  async settled(): Promise<void> {
    const deadline = Date.now() + MAX_SETTLE_MS;
    while (Date.now() < deadline && (this.inFlight > 0 || Date.now() - this.lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  start(): void {
    this.since ??= Date.now();
  }
}
