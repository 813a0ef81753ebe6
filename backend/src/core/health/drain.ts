import { Injectable } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The instance's drain state on SIGTERM. Draining, /readyz answers 503 so the load balancer
 * stops sending new work, yet requests are still served for the grace period (it takes the
 * balancer a few health checks to notice) with `Connection: close`, so keep-alive clients
 * reconnect elsewhere instead of being reset when the port closes. Websockets are closed by
 * their owner, WebSocketGate, with 1012 when the app closes.
 */
@Injectable()
export class Drain {
  private since: number | null = null;

  get draining(): boolean {
    return this.since !== null;
  }

  /** Hooks the HTTP server: `Connection: close` while draining. */
  attach(server: Server): void {
    // Prepended so that it runs before Express answers (a static file may be answered synchronously).
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) res.shouldKeepAlive = false;
    });
  }

  start(): void {
    this.since ??= Date.now();
  }
}
