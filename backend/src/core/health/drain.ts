import { Injectable } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** graphql-ws clients treat 1012 ("service restart") as a reason to reconnect, which the load balancer sends elsewhere. */
export const SERVICE_RESTART_CLOSE_CODE = 1012;

/**
 * The instance's drain state on SIGTERM. Draining, /readyz answers 503 so the load balancer
 * stops sending new work, yet requests are still served for the grace period (it takes the
 * balancer a few health checks to notice) with `Connection: close`, so keep-alive clients
 * reconnect elsewhere instead of being reset when the port closes.
 */
@Injectable()
export class Drain {
  private since: number | null = null;
  private readonly upgraded = new Set<Duplex>();

  get draining(): boolean {
    return this.since !== null;
  }

  /** Hooks the HTTP server: `Connection: close` while draining, and remembers websocket sockets. */
  attach(server: Server): void {
    // Prepended so that it runs before Express answers (a static file may be answered synchronously).
    server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
      if (this.draining) res.shouldKeepAlive = false;
    });
    server.prependListener('upgrade', (_req: IncomingMessage, socket: Duplex) => {
      this.upgraded.add(socket);
      socket.once('close', () => this.upgraded.delete(socket));
    });
  }

  start(): void {
    this.since ??= Date.now();
  }

  /**
   * Closes every websocket with 1012. Written as a raw close frame on the upgraded socket so that
   * no GraphQL code is involved; ws writes each frame synchronously, so frames never interleave.
   */
  closeWebSockets(reason = 'server restarting'): number {
    const text = Buffer.from(reason.slice(0, 100));
    const frame = Buffer.alloc(4 + text.length);
    frame[0] = 0x88; // FIN + close opcode
    frame[1] = 2 + text.length; // server frames are not masked
    frame.writeUInt16BE(SERVICE_RESTART_CLOSE_CODE, 2);
    text.copy(frame, 4);
    const sockets = [...this.upgraded];
    for (const socket of sockets) {
      if (socket.destroyed || !socket.writable) continue;
      socket.end(frame);
      // A client that never answers the close must not hold the process open.
      setTimeout(() => socket.destroy(), 1000).unref();
    }
    return sockets.length;
  }
}
