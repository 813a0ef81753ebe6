import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer';
import type { RequestLoaders } from './request-loaders';

/** What every resolver can see of the request it serves. */
export interface RequestContext {
  /** The signed-in user as the database has them now (role and suspension included), or null. */
  viewer: Viewer | null;
  /** Per-request DataLoaders: one batched query per kind of row, whatever the page size. */
  loaders: RequestLoaders;
  /** For per-IP limits; undefined on websocket connections. */
  ip?: string;
  /** The HTTP request and its response (cookies); undefined on websocket connections. */
  req?: IncomingMessage;
  res?: ServerResponse;
  /** Read past the signed-out answers' cache (a shared page for members is made afresh). */
  readAfresh?: boolean;
}
