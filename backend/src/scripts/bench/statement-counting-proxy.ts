import { once } from 'node:events';
import { createConnection, createServer, Server, Socket } from 'node:net';

/** One statement as the server ran it: its text and, for the extended protocol, its bound values. */
export interface CapturedStatement {
  text: string;
  /** Text-format values as strings, binary ones as Buffers, NULL as null; undefined for a simple query. */
  params?: (string | Buffer | null)[];
  /** Sent as a named prepared statement (planned once, possibly with a generic plan) rather than the unnamed one. */
  named?: boolean;
}

/** Statements the product marks as its own background work (the stats roll-up, sweeps). */
const BACKGROUND_MARK = '/* background */';

/**
 * A loopback TCP proxy between the server and PostgreSQL that reads the client side of the wire
 * protocol and counts the statements run: each simple Query ('Q') and each Execute ('E') of a
 * bound portal, so named prepared statements (Parse once, Bind/Execute many) count every time.
 * Statements marked as background work are counted apart. No change to the product is needed.
 * While `capture` is on, the statements are also kept, with their bound values, for replay.
 */
export class StatementCountingProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;
  statements = 0;
  background = 0;
  private captured?: CapturedStatement[];

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static async start(targetUrl: string): Promise<StatementCountingProxy> {
    const url = new URL(targetUrl);
    const proxy = new StatementCountingProxy(url.hostname, Number(url.port || 5432));
    await proxy.open();
    return proxy;
  }

  /** The target URL rewritten to go through this proxy. */
  via(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /**
   * Resolves once no foreground statement has gone through for `quietMs` (or after `timeoutMs`): the
   * server has finished what an earlier run left in flight.
   */
  async settle(quietMs = 300, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = -1;
    while (Date.now() < deadline) {
      // The roll-up's background statements run every second: they never settle, and are no request's.
      const seen = this.statements;
      if (seen === last) return;
      last = seen;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  /** Starts keeping the foreground statements; `stopCapture` returns them. */
  startCapture(): void {
    this.captured = [];
  }

  stopCapture(): CapturedStatement[] {
    const captured = this.captured ?? [];
    this.captured = undefined;
    return captured;
  }

  private record(statement: CapturedStatement): void {
    if (statement.text.includes(BACKGROUND_MARK)) {
      this.background++;
      return;
    }
    this.statements++;
    this.captured?.push(statement);
  }

  private async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      const reader = new FrontendReader((statement) => this.record(statement));
      client.on('data', (chunk: Buffer) => reader.push(chunk));
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;

/** Splits one connection's client-to-server bytes into protocol messages and reports statements. */
class FrontendReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** The startup packet (and an SSL/GSS request before it) carry no type byte. */
  private started = false;
  private readonly prepared = new Map<string, string>();
  private readonly portals = new Map<string, CapturedStatement>();

  constructor(private readonly onStatement: (statement: CapturedStatement) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.started = true;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      this.message(String.fromCharCode(this.buffer[0]), this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private message(type: string, body: Buffer): void {
    switch (type) {
      case 'Q':
        this.onStatement({ text: cString(body, 0).value });
        break;
      case 'P': {
        const name = cString(body, 0);
        this.prepared.set(name.value, cString(body, name.next).value);
        break;
      }
      case 'B': {
        const portal = cString(body, 0);
        const statement = cString(body, portal.next);
        let at = statement.next;
        const formatCount = body.readInt16BE(at);
        at += 2;
        const formats: number[] = [];
        for (let i = 0; i < formatCount; i++, at += 2) formats.push(body.readInt16BE(at));
        const paramCount = body.readInt16BE(at);
        at += 2;
        const params: (string | Buffer | null)[] = [];
        for (let i = 0; i < paramCount; i++) {
          const size = body.readInt32BE(at);
          at += 4;
          if (size < 0) {
            params.push(null);
            continue;
          }
          const value = body.subarray(at, at + size);
          at += size;
          const binary = (formats.length === 1 ? formats[0] : (formats[i] ?? 0)) === 1;
          params.push(binary ? Buffer.from(value) : value.toString('utf8'));
        }
        this.portals.set(portal.value, { text: this.prepared.get(statement.value) ?? '', params, named: statement.value !== '' });
        break;
      }
      case 'E': {
        const portal = this.portals.get(cString(body, 0).value);
        if (portal) this.onStatement(portal);
        break;
      }
      case 'C': {
        // Close of a prepared statement ('S') or portal ('P').
        const name = cString(body, 1).value;
        if (body[0] === 0x53) this.prepared.delete(name);
        else this.portals.delete(name);
        break;
      }
    }
  }
}

function cString(buffer: Buffer, start: number): { value: string; next: number } {
  const end = buffer.indexOf(0, start);
  return { value: buffer.toString('utf8', start, end), next: end + 1 };
}
