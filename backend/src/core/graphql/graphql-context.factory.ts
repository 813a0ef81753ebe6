import { Injectable } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { TokenService } from '../auth/token.service';
import { Viewer } from '../auth/viewer';
import { ViewerDirectory, ViewerKey } from '../auth/viewer-directory';
import { AppError, UnauthenticatedError } from '../errors/app-errors';
import { ClientAddress } from '../web/client-address';
import { RequestContext } from './request-context';
import { RequestLoaders } from './request-loaders';

/** Who a websocket connection authenticated as, kept for the connection's life and re-checked per operation. */
export interface SocketIdentity extends Omit<ViewerKey, 'userId'> {
  userId: string | null;
  expiresAt: Date | null;
  ip: string;
}

/**
 * Builds the context of each HTTP request and of each operation on a websocket: checks the
 * token, reads the viewer of its (user, session) through the ViewerDirectory (a short cache that
 * every role change, suspension or sign-out clears on every instance), and gives the operation
 * its own DataLoaders.
 * Both transports identify the client the same way (ClientAddress), for the same limits.
 */
@Injectable()
export class GraphQLContextFactory {
  constructor(
    private readonly tokens: TokenService,
    private readonly viewers: ViewerDirectory,
    private readonly addresses: ClientAddress,
  ) {}

  async forHttp(req: IncomingMessage, res: ServerResponse): Promise<RequestContext> {
    const viewer = await this.asContextError(async () => {
      const token = TokenService.fromAuthorization(req.headers.authorization);
      return token ? this.requireViewer(this.tokens.claims(token)) : null;
    });
    return { viewer, loaders: new RequestLoaders(viewer), ip: this.addresses.of(req), req, res };
  }

  /** The context of a request as if nobody were signed in (SharedAnswers executes members' shared pages so). */
  signedOut(req: IncomingMessage, res: ServerResponse): RequestContext {
    return { viewer: null, loaders: new RequestLoaders(null), ip: this.addresses.of(req), req, res };
  }

  /** Websocket: the token comes once, in the connection_init payload `{ authorization: "Bearer …" }`. */
  async identifySocket(connectionParams: Record<string, unknown> | undefined, upgrade: IncomingMessage): Promise<SocketIdentity> {
    const ip = this.addresses.of(upgrade);
    return this.asContextError(async () => {
      const token = TokenService.fromAuthorization(connectionParams?.authorization ?? connectionParams?.Authorization);
      if (!token) return { userId: null, sessionId: null, issuedAt: null, expiresAt: null, ip };
      const claims = this.tokens.claims(token);
      await this.requireViewer(claims);
      return { ...claims, ip };
    });
  }

  /** Each operation on a socket reads the viewer afresh: a demotion, suspension or sign-out applies to the next message. */
  async forSocketOperation(identity: SocketIdentity): Promise<RequestContext> {
    const viewer = await this.asContextError(async () => {
      if (!identity.userId) return null;
      if (identity.expiresAt && identity.expiresAt <= new Date()) throw new UnauthenticatedError('Your sign-in has expired. Please sign in again.');
      return this.requireViewer({ ...identity, userId: identity.userId });
    });
    return { viewer, loaders: new RequestLoaders(viewer), ip: identity.ip };
  }

  /** The viewer a valid token names; UNAUTHENTICATED when the account is gone or the session has ended. */
  async requireViewer(key: ViewerKey): Promise<Viewer> {
    const viewer = await this.viewers.find(key);
    if (!viewer) throw new UnauthenticatedError('Your sign-in has ended. Please sign in again.');
    return viewer;
  }

  /** Context errors never reach a resolver: raise them as GraphQL errors with their code and a 401. */
  private async asContextError<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AppError) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      throw error;
    }
  }
}
