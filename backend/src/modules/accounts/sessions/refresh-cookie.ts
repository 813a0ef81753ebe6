import { parse } from 'cookie';
import type { Request } from 'express';

/**
 * The web app keeps its refresh token where scripts cannot read it: an HttpOnly cookie,
 * SameSite=Strict (never sent from another site, so no cross-site request can refresh or end a
 * session), Secure in production, and scoped to the one path the web app refreshes and signs
 * out on, so it travels with no other request. Other clients (apps, scripts) get the token in
 * the answer instead.
 */
export const REFRESH_COOKIE = 'ugc_refresh';
/** The GraphQL endpoint answers here too; the web app sends refreshSession and logout to it. */
export const REFRESH_PATH = '/graphql/session';
const REFRESH_COOKIE_DAYS = 30;

/** The client asked for the cookie (header `x-refresh-cookie: 1`). */
export function wantsRefreshCookie(req: Request | undefined): boolean {
  return req?.headers['x-refresh-cookie'] === '1';
}

export function readRefreshCookie(req: Request | undefined): string | undefined {
  const header = req?.headers.cookie;
  return header ? parse(header)[REFRESH_COOKIE] : undefined;
}

/** Sets the cookie when the client asked for it and answers null; otherwise answers the token. */
export function deliverRefreshToken(req: Request | undefined, refreshToken: string, secure: boolean): string | null {
  if (!req?.res || !wantsRefreshCookie(req)) return refreshToken;
  req.res.cookie(REFRESH_COOKIE, refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_PATH,
    maxAge: REFRESH_COOKIE_DAYS * 24 * 3600 * 1000,
  });
  return null;
}

export function clearRefreshCookie(req: Request | undefined, secure: boolean): void {
  if (req?.res && wantsRefreshCookie(req)) req.res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_PATH });
}
