import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { TokenService } from '../auth/token.service';
import { Viewer, ViewerLookup } from '../auth/viewer';
import { AppError } from '../errors/app-errors';
import { RequestContext } from './request-context';
import { RequestLoaders } from './request-loaders';

/**
 * Builds the context of each HTTP request and each websocket connection: checks the token and
 * loads the signed-in user fresh from the database (so a role change or suspension applies on
 * the next request), and gives the request its own DataLoaders.
 */
@Injectable()
export class GraphQLContextFactory {
  constructor(
    private readonly tokens: TokenService,
    private readonly viewers: ViewerLookup,
  ) {}

  async forHttp(req: Request): Promise<RequestContext> {
    const viewer = await this.viewerFrom(req.headers.authorization);
    return { viewer, loaders: new RequestLoaders(viewer), ip: req.ip, req };
  }

  /** Subscriptions: the token comes in the connection_init payload `{ authorization: "Bearer …" }`. */
  async forConnection(connectionParams: Record<string, unknown> | undefined): Promise<RequestContext> {
    const authorization = connectionParams?.authorization ?? connectionParams?.Authorization;
    const viewer = await this.viewerFrom(authorization);
    return { viewer, loaders: new RequestLoaders(viewer) };
  }

  private async viewerFrom(authorization: unknown): Promise<Viewer | null> {
    try {
      const token = TokenService.fromAuthorization(authorization);
      if (!token) return null;
      const userId = this.tokens.verify(token);
      const viewer = await this.viewers.findViewer(userId);
      if (!viewer) throw new GraphQLError('Your account no longer exists.', { extensions: { code: 'UNAUTHENTICATED' } });
      return viewer;
    } catch (error) {
      // Context errors never reach a resolver: raise them as GraphQL errors with their code and a 401.
      if (error instanceof AppError) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      throw error;
    }
  }
}
