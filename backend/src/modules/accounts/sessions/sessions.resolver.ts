import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../../core/auth/authorize.decorator';
import { AppConfig } from '../../../core/config/app-config';
import type { RequestContext } from '../../../core/graphql/request-context';
import { AccountsService } from '../accounts.service';
import { AuthPayload } from '../models/user.model';
import { authPayload } from './auth-payload';
import { Session } from './models/session.model';
import { clearRefreshCookie, readRefreshCookie } from './refresh-cookie';
import { SessionsService } from './sessions.service';

@Resolver(() => Session)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => [Session], { description: "The signed-in user's open sessions, the most recently used first." })
  @Authorize()
  async mySessions(@Viewer() viewer: Viewer): Promise<Session[]> {
    return (await this.sessions.list(viewer.id)).map((session) => Session.from(session, viewer.sessionId ?? null));
  }

  @Mutation(() => AuthPayload, { description: 'Without an argument, the HttpOnly refresh cookie is used.' })
  async refreshSession(
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    const issued = await this.sessions.refresh(refreshToken ?? readRefreshCookie(context.req));
    return authPayload(context, issued, await this.accounts.requireUser(issued.userId), this.config.isProduction);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session: its access and refresh tokens stop working on every instance, HTTP and websocket.' })
  @Authorize()
  async logout(@Viewer() viewer: Viewer, @Context() context: RequestContext): Promise<boolean> {
    clearRefreshCookie(context.req, context.res, this.config.isProduction);
    return viewer.sessionId ? this.sessions.end(viewer.id, viewer.sessionId) : false;
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in user but the current one; returns how many ended.' })
  @Authorize()
  async logoutOtherSessions(@Viewer() viewer: Viewer): Promise<number> {
    const ended = await this.sessions.endAllBut(viewer.id, viewer.sessionId ?? null);
    await this.sessions.announce(viewer.id);
    return ended;
  }
}
