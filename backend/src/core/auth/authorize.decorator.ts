import {
  applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors';
import type { RequestContext } from '../graphql/request-context';
import type { Viewer as ViewerShape } from './viewer';

/** The signed-in person (core/auth/viewer.ts); also the name of the parameter decorator below. */
export type Viewer = ViewerShape;

export interface AuthorizeOptions {
  /** Only these roles; any signed-in user when omitted. */
  roles?: readonly string[];
  /** Writing (posting, liking, commenting, reporting): refused while the account is suspended. */
  writes?: boolean;
}

const AUTHORIZE = 'authorize';

/** True while a suspension is in force. */
export function isSuspended(user: Pick<Viewer, 'suspendedUntil'>, now = new Date()): boolean {
  return !!user.suspendedUntil && user.suspendedUntil > now;
}

/** Checks the viewer the request context loaded from the database, so changes apply on the next request. */
export function assertAuthorized(viewer: Viewer | null, options: AuthorizeOptions): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  // A suspension takes away writing and every staff power (the viewer's role reads as a
  // customer's meanwhile: accounts-viewer.ts); say so rather than a bare "not allowed".
  if ((options.writes || options.roles) && isSuspended(viewer)) {
    throw new ForbiddenError(`Your account is suspended until ${viewer.suspendedUntil!.toISOString()}.`);
  }
  if (options.roles && !options.roles.includes(viewer.role)) throw new ForbiddenError();
  return viewer;
}

@Injectable()
export class AuthorizeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const options = this.reflector.get<AuthorizeOptions>(AUTHORIZE, context.getHandler()) ?? {};
    assertAuthorized(GqlExecutionContext.create(context).getContext<RequestContext>().viewer, options);
    return true;
  }
}

/** Requires a signed-in user, optionally with one of `roles`, optionally not suspended. */
export const Authorize = (options: AuthorizeOptions = {}) =>
  applyDecorators(SetMetadata(AUTHORIZE, options), UseGuards(AuthorizeGuard));

/** The signed-in user (or null on public fields). */
export const Viewer = createParamDecorator(
  (_: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<RequestContext>().viewer,
);
