import { IntrinsicException } from '@nestjs/common';
import type { ErrorCode as SharedErrorCode } from '@ugc/shared';

/**
 * The errors a client can act on (codes from the one list in @ugc/shared). Services throw these; one place (format-graphql-error.ts)
 * turns them into GraphQL errors with `extensions.code`. Anything else is an internal error
 * and is shown without detail.
 */
export type ErrorCode = Exclude<SharedErrorCode, 'INTERNAL_SERVER_ERROR'>;

/**
 * IntrinsicException: Nest's own marker for errors that are part of normal operation, so its
 * exception handler does not log every refusal (a wrong password, a NOT_FOUND) as an error with
 * a stack. Unexpected errors are still logged, once, by formatGraphQLError.
 */
export abstract class AppError extends IntrinsicException {
  abstract readonly code: ErrorCode;
  /** Extra fields for `extensions`, e.g. which input field was wrong. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Sign in to do this.') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, field?: string) {
    super(message, field ? { field } : {});
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what = 'That') {
    super(`${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, field?: string) {
    super(message, field ? { field } : {});
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}
