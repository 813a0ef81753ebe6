import type { RequestContext } from '../../../core/graphql/request-context';
import { AuthPayload, User } from '../models/user.model';
import type { UserEntity } from '../user.entity';
import { deliverRefreshToken } from './refresh-cookie';
import type { IssuedSession } from './sessions.service';

/** Every sign-in answer (register, login, refresh, password change and reset) is built here: the refresh token goes in the cookie or the body. */
export function authPayload(context: RequestContext, issued: IssuedSession, user: UserEntity, secureCookie: boolean): AuthPayload {
  return {
    accessToken: issued.accessToken,
    accessTokenExpiresAt: issued.accessTokenExpiresAt,
    refreshToken: deliverRefreshToken(context.req, context.res, issued.refreshToken, secureCookie),
    user: User.from(user, { isViewer: true }),
  };
}

/** What a new session records of the client. */
export const userAgentOf = (context: RequestContext): string | undefined => context.req?.headers['user-agent'];
