import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { Extra, useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { WebSocket, WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer';
import { ViewerDirectory } from '../auth/viewer-directory';
import { Metrics } from '../metrics/metrics';
import { FrontDoor } from './front-door';
import { GraphQLContextFactory, SocketIdentity } from './graphql-context.factory';

/** The limits of one socket and one user's sockets. */
export const SOCKET_LIMITS = {
  /** Operations (mostly subscriptions) open at once on one socket. */
  operationsPerSocket: 50,
  /** Open sockets per signed-in user on one instance (a person with a few tabs and a phone). */
  socketsPerUser: 10,
  /** Messages a socket may start per window (a phone paging through stories subscribes and unsubscribes often). */
  messagesPerWindow: 120,
  windowSeconds: 60,
  /** The largest message a socket may send: a GraphQL document of 4,000 tokens and its variables fit well inside. */
  maxMessageBytes: 64 * 1024,
} as const;

/** graphql-ws close codes: 4401 is final (sign in again), 4403 makes clients reconnect and re-subscribe. */
const CLOSE = {
  unauthorized: 4401,
  permissionsChanged: 4403,
  tooManySockets: 4429,
  serviceRestart: 1012,
} as const;

/** How long a closing socket may take to answer our close frame before it is cut. */
const CLOSE_HANDSHAKE_MS = 1000;

interface SocketState {
  /** This instance's number for the socket (its message-rate key). */
  id: string;
  identity: SocketIdentity;
  /** The viewer as they were when the socket opened: a change in role or suspension closes it. */
  viewer: Viewer | null;
  close(code: number, reason: string): void;
}

type SocketExtra = { state?: SocketState };
type GateContext = Context<Record<string, unknown> | undefined, Extra & Partial<SocketExtra>>;

/**
 * The websocket path to GraphQL (graphql-ws on /graphql), built to be the HTTP front door's
 * equal: every message is parsed, validated and costed by the same FrontDoor rules, errors are
 * formatted by the same formatGraphQLError, and the context is built per operation by the same
 * factory, with the viewer read afresh and the client identified like an HTTP client (so the
 * same rate limits apply to the same person).
 *
 * A socket also has limits of its own (operations per socket, sockets per user, message size
 * and rate), and is closed when its user's role, suspension or account changes (on any
 * instance: ViewerDirectory announces changes through pub/sub), so that a demoted moderator
 * stops receiving the moderation queue within moments. Clients reconnect (4403) and their
 * subscriptions are then checked against what they may see now; a deleted account or an ended
 * session gets 4401.
 */
@Injectable()
export class WebSocketGate implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebSocketGate.name);
  private readonly socketsByUser = new Map<string, Set<SocketState>>();
  private readonly messageLimiter = new RateLimiterMemory({ points: SOCKET_LIMITS.messagesPerWindow, duration: SOCKET_LIMITS.windowSeconds });
  private server?: WebSocketServer;
  private disposable?: { dispose(): void | Promise<void> };
  private stopListening?: () => void;
  private nextSocketId = 0;

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly contexts: GraphQLContextFactory,
    private readonly viewers: ViewerDirectory,
    private readonly frontDoor: FrontDoor,
    private readonly metrics: Metrics,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer: Server = this.http.httpAdapter.getHttpServer();
    this.server = new WebSocketServer({ noServer: true, maxPayload: SOCKET_LIMITS.maxMessageBytes });
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
        socket.destroy();
        return;
      }
      this.server!.handleUpgrade(request, socket, head, (ws) => this.server!.emit('connection', ws, request));
    });
    this.disposable = useServer<Record<string, unknown> | undefined, SocketExtra>(
      {
        schema: this.schemaHost.schema,
        onConnect: (ctx) => this.connect(ctx),
        onSubscribe: (ctx, id, payload) => this.prepare(ctx, payload),
        onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: this.frontDoor.formatErrors(result.errors) } : undefined),
        onError: (_ctx, _id, _payload, errors) => this.frontDoor.formatErrors(errors),
        onClose: (ctx) => this.forget(ctx.extra.state),
      },
      this.server,
    );
    this.server.on('connection', (socket: WebSocket) => this.quietClientErrors(socket));
    this.stopListening = this.viewers.onChange((userId) => void this.recheck(userId));
    this.metrics.gauge('websocket_connections', 'Open graphql-ws connections on this instance', () => this.server?.clients.size ?? 0);
  }

  /**
   * A message over the size limit is the client's fault, and ws has already closed the socket
   * with 1009 for it; graphql-ws would print it as an "internal error" with a stack, for every
   * such client. Other socket errors are still logged, and the socket closed as graphql-ws does.
   */
  private quietClientErrors(socket: WebSocket): void {
    for (const listener of socket.listeners('error')) socket.off('error', listener as (error: Error) => void);
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') return;
      this.logger.error({ err: error }, 'websocket error; closing the socket');
      socket.close(1011, 'Internal server error');
    });
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.closeAll();
  }

  /** Closes every socket with 1012 (reconnect elsewhere) and stops accepting new ones. Called by the drain, and again (a no-op) on shutdown. */
  async closeAll(): Promise<void> {
    this.stopListening?.();
    this.stopListening = undefined;
    // Tell clients to reconnect (to another instance) rather than to give up, and give the close
    // handshake a moment to finish: the process exits right after, and unsent frames would be lost.
    const clients = [...(this.server?.clients ?? [])];
    await Promise.all(
      clients.map(
        (client) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => (client.terminate(), resolve()), CLOSE_HANDSHAKE_MS);
            client.once('close', () => (clearTimeout(timer), resolve()));
            client.close(CLOSE.serviceRestart, 'Server restarting');
          }),
      ),
    );
    await this.disposable?.dispose();
    this.disposable = undefined;
    this.server?.close();
  }

  /** connection_init: authenticate once, remember who, and count the user's sockets. */
  private async connect(ctx: GateContext): Promise<boolean> {
    let identity: SocketIdentity;
    try {
      identity = await this.contexts.identifySocket(ctx.connectionParams, ctx.extra.request);
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') throw error;
      ctx.extra.socket.close(CLOSE.unauthorized, error.message.slice(0, 120));
      return false;
    }
    const viewer = identity.userId ? await this.viewers.find({ ...identity, userId: identity.userId }) : null;
    const state: SocketState = { id: String(this.nextSocketId++), identity, viewer, close: (code, reason) => ctx.extra.socket.close(code, reason) };
    if (identity.userId) {
      const sockets = this.socketsByUser.get(identity.userId) ?? new Set<SocketState>();
      if (sockets.size >= SOCKET_LIMITS.socketsPerUser) {
        ctx.extra.socket.close(CLOSE.tooManySockets, `At most ${SOCKET_LIMITS.socketsPerUser} live connections per account: close another tab.`);
        return false;
      }
      sockets.add(state);
      this.socketsByUser.set(identity.userId, sockets);
    }
    ctx.extra.state = state;
    return true;
  }

  /** Each subscribe message: the socket's limits, then exactly the HTTP front door's rules, then a fresh context. */
  private async prepare(ctx: GateContext, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const state = ctx.extra.state!;
    const refusal = await this.socketRefusal(ctx, state);
    if (refusal) return [refusal];

    let document;
    try {
      document = this.frontDoor.parse(payload.query);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const schema = this.schemaHost.schema;
    const variables = payload.variables ?? {};
    const operationName = payload.operationName ?? undefined;
    const refusals = this.frontDoor.refusals(schema, document, variables, operationName);
    if (refusals.length) return refusals;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [new GraphQLError('Unable to identify the operation.', { extensions: { code: 'BAD_USER_INPUT' } })];
    // Counted when it starts: a subscription lasts as long as the socket, so it has no latency to speak of.
    this.metrics.operation(operationName ?? operation.name?.value, operation.operation, 'websocket', null, []);

    let contextValue;
    try {
      contextValue = await this.contexts.forSocketOperation(state.identity);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        state.close(CLOSE.unauthorized, error.message.slice(0, 120));
        return [error];
      }
      throw error;
    }
    return { schema, document, variableValues: variables, operationName, contextValue };
  }

  private async socketRefusal(ctx: GateContext, state: SocketState): Promise<GraphQLError | undefined> {
    if (Object.keys(ctx.subscriptions).length > SOCKET_LIMITS.operationsPerSocket) {
      return new GraphQLError(`At most ${SOCKET_LIMITS.operationsPerSocket} live operations per connection: stop some before starting more.`, {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
      });
    }
    try {
      await this.messageLimiter.consume(state.id);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return new GraphQLError('Too many messages on this connection. Please slow down.', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });
    }
    return undefined;
  }

  /** A user changed (role, suspension, sessions, deletion): close their sockets whose session ended or whose rights no longer hold. */
  private async recheck(userId: string): Promise<void> {
    const sockets = this.socketsByUser.get(userId);
    if (!sockets?.size) return;
    for (const state of [...sockets]) {
      let viewer: Viewer | null;
      try {
        // Each socket's own session: ending one session closes only its sockets.
        viewer = await this.viewers.find({ ...state.identity, userId });
      } catch (error) {
        this.logger.warn({ err: error, userId }, 'could not re-read a changed user; closing their sockets');
        viewer = null;
      }
      if (!viewer) state.close(CLOSE.unauthorized, 'Your sign-in has ended. Please sign in again.');
      else if (!sameRights(viewer, state.viewer)) state.close(CLOSE.permissionsChanged, 'Your permissions changed: reconnect.');
    }
  }

  private forget(state: SocketState | undefined): void {
    const userId = state?.identity.userId;
    if (!state || !userId) return;
    const sockets = this.socketsByUser.get(userId);
    sockets?.delete(state);
    if (sockets && !sockets.size) this.socketsByUser.delete(userId);
  }
}

function sameRights(a: Viewer, b: Viewer | null): boolean {
  return !!b && a.role === b.role && (a.suspendedUntil?.getTime() ?? null) === (b.suspendedUntil?.getTime() ?? null);
}
