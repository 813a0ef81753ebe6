import { parse, serialize } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';

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
export function wantsRefreshCookie(req: IncomingMessage | undefined): boolean {
  return req?.headers['x-refresh-cookie'] === '1';
}

export function readRefreshCookie(req: IncomingMessage | undefined): string | undefined {
  const header = req?.headers.cookie;
  return header ? parse(header)[REFRESH_COOKIE] : undefined;
}

/** Sets the cookie when the client asked for it and answers null; otherwise answers the token. */
export function deliverRefreshToken(req: IncomingMessage | undefined, res: ServerResponse | undefined, refreshToken: string, secure: boolean): string | null {
  if (!res || !wantsRefreshCookie(req)) return refreshToken;
  const maxAge = REFRESH_COOKIE_DAYS * 24 * 3600;
  res.appendHeader('Set-Cookie', serialize(REFRESH_COOKIE, refreshToken, { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_PATH, maxAge, expires: new Date(Date.now() + maxAge * 1000) }));
  return null;
}

export function clearRefreshCookie(req: IncomingMessage | undefined, res: ServerResponse | undefined, secure: boolean): void {
  if (!res || !wantsRefreshCookie(req)) return;
  res.appendHeader('Set-Cookie', serialize(REFRESH_COOKIE, '', { httpOnly: true, sameSite: 'strict', secure, path: REFRESH_PATH, expires: new Date(0) }));
}
