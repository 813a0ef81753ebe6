import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from '@ugc/shared';
import type { TFunction } from 'i18next';
import { formatDateTime } from './format';
import { LIMITS, MODERATION_TERM_MAX } from './limits';

/** The server's codes (one list, in @ugc/shared), and NETWORK when no answer came. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export interface ApiErrorInfo {
  code: ApiErrorCode;
  /** The server's own message, shown only where it explains the person's input. */
  detail?: string;
  retryAfterSeconds?: number;
  /** The input field the server blamed (BAD_USER_INPUT, CONFLICT), e.g. "slug" or "term". */
  field?: string;
  /** The operation's field that failed (the error's path), e.g. "login" or "addComment". */
  operation?: string;
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

function graphQLErrorsIn(bodyText: string | undefined): CombinedGraphQLErrors | null {
  if (!bodyText) return null;
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown; data?: unknown };
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      return new CombinedGraphQLErrors({ data: null, errors: body.errors });
    }
  } catch {
    // Not JSON.
  }
  return null;
}

function fromStatus(status: number, retryAfter?: string | null): ApiErrorInfo {
  if (status === 401) return { code: 'UNAUTHENTICATED' };
  if (status === 403) return { code: 'FORBIDDEN' };
  // No API behind /graphql (404) or a gateway that cannot reach it.
  if (status === 404 || status === 502 || status === 503 || status === 504) return { code: 'NETWORK' };
  if (status === 429) {
    const seconds = Number(retryAfter);
    return { code: 'RATE_LIMITED', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined };
  }
  return { code: 'INTERNAL_SERVER_ERROR' };
}

/** Reduces whatever Apollo hands us to one code the UI knows how to explain. */
export function getErrorInfo(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const rawCode = first?.extensions?.code;
    const code = typeof rawCode === 'string' && KNOWN_CODES.has(rawCode) ? (rawCode as ApiErrorCode) : 'INTERNAL_SERVER_ERROR';
    const retry = first?.extensions?.retryAfterSeconds;
    const field = first?.extensions?.field;
    const operation = first?.path?.[0];
    return {
      code,
      detail: first?.message,
      retryAfterSeconds: typeof retry === 'number' ? retry : undefined,
      // A validation error names a path ("input.title"); the last part is the field.
      field: typeof field === 'string' ? field.split('.').pop() : undefined,
      operation: typeof operation === 'string' ? operation : undefined,
    };
  }
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry GraphQL errors in its body (e.g. a 429
    // with RATE_LIMITED); prefer those, they say more.
    const embedded = graphQLErrorsIn(error.bodyText);
    if (embedded) return getErrorInfo(embedded);
    return fromStatus(error.statusCode, error.response?.headers?.get?.('retry-after'));
  }
  if (ServerParseError.is(error)) {
    // Not JSON at all: a proxy or static server answered, not the API.
    return error.statusCode >= 500 && error.statusCode !== 502 && error.statusCode !== 503 && error.statusCode !== 504
      ? { code: 'INTERNAL_SERVER_ERROR' }
      : { code: 'NETWORK' };
  }
  return { code: 'NETWORK' };
}

/** The input field an error is about, when the server named one. */
export function getErrorField(error: unknown): string | undefined {
  return error ? getErrorInfo(error).field : undefined;
}

/** "in 30 seconds" / "30秒钟后", rounded up to minutes when it is long. */
export function formatRetryWait(seconds: number, locale: string): string {
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (seconds >= 90) return formatter.format(Math.ceil(seconds / 60), 'minute');
  return formatter.format(Math.max(1, Math.ceil(seconds)), 'second');
}

export type ErrorOverrides = Partial<Record<ApiErrorCode, string>>;

/** What the app knows about the signed-in person that changes how an error reads. */
export interface ErrorContext {
  /** `me.suspendedUntil`: a suspended person's FORBIDDEN is their suspension. */
  suspendedUntil?: string | null;
  now?: Date;
}

/** Fields the server names in BAD_USER_INPUT (extensions.field), each with its own sentence. */
function badInputMessage(info: ApiErrorInfo, t: TFunction): string | undefined {
  switch (info.field) {
    case 'title':
      return t('errors.field.title', { max: LIMITS.storyTitle.max });
    case 'body':
      // The campaign's word list refuses a story or comment on its body (lengths are checked before sending).
      return info.operation === 'addComment' ? t('comments.blockedWords') : t('submit.errorBlockedWords');
    case 'email':
      return t('errors.field.email');
    case 'displayName':
      return t('errors.field.displayName', { max: LIMITS.displayName.max });
    case 'password':
      return t('errors.field.password', { min: LIMITS.password.min, max: LIMITS.password.max });
    case 'slug':
      return t('brand.errorSlug', { min: LIMITS.campaignSlug.min, max: LIMITS.campaignSlug.max });
    case 'endsAt':
      return t('brand.errorEndBeforeStart');
    case 'photoIds':
      return t('errors.field.photoIds');
    case 'after':
      return t('errors.field.after');
    case 'campaignId':
      return info.operation === 'submitStory' ? t('errors.field.campaignClosed') : undefined;
    case 'until':
      return t('errors.field.until');
    case 'userId':
      return t('errors.field.userId');
    case 'reason':
      return t('errors.field.reason');
    case 'term':
      return t('errors.field.term', { max: MODERATION_TERM_MAX });
    default:
      return undefined;
  }
}

/** The end of the suspension a FORBIDDEN refusal names ("Your account is suspended until <ISO>."), if it names one. */
function suspendedUntilIn(info: ApiErrorInfo): string | null {
  if (info.code !== 'FORBIDDEN' || !info.detail) return null;
  const match = /suspended until (\d{4}-\d\d-\d\dT[\d:.]+Z)/.exec(info.detail);
  return match ? match[1] : null;
}

/** The suspension the server refused this request for, in its own words (the end it gave). */
export function suspendedUntilFrom(error: unknown): string | null {
  return suspendedUntilIn(getErrorInfo(error));
}

/** Whether `until` is a suspension still running. */
export function activeSuspension(until: string | null | undefined, now: Date = new Date()): boolean {
  if (!until) return false;
  const end = new Date(until);
  return !Number.isNaN(end.getTime()) && end > now;
}

/** The server's stand-in for "until lifted" is far in the future. */
export function isIndefinite(until: string): boolean {
  return new Date(until).getUTCFullYear() > 3000;
}

/** "Your account is suspended until 3 Dec 2026, 14:00, so you can read but not post, like, comment or report." */
export function describeSuspension(until: string, t: TFunction, locale: string): string {
  return isIndefinite(until) ? t('errors.suspendedIndefinitely') : t('errors.suspendedUntil', { until: formatDateTime(until, locale) });
}

/** The sentence for this code, field and operation, when there is one more precise than the code's. */
function specificMessage(info: ApiErrorInfo, t: TFunction, locale: string, context: ErrorContext): string | undefined {
  switch (info.code) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
      // Logging in answers an unknown email and a wrong password alike, on purpose.
      if (info.operation === 'login') return t('auth.wrongCredentials');
      return info.code === 'BAD_USER_INPUT' ? badInputMessage(info, t) : undefined;
    case 'CONFLICT':
      if (info.field === 'email') return t('auth.emailTaken');
      if (info.field === 'slug') return t('brand.slugTaken');
      if (info.field === 'term') return t('terms.duplicate');
      if (info.operation === 'reportContent') return t('report.alreadyReported');
      return undefined;
    case 'FORBIDDEN': {
      const until = suspendedUntilIn(info) ?? context.suspendedUntil;
      return activeSuspension(until, context.now) ? describeSuspension(until!, t, locale) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A sentence a person understands, in their language: the screen's own wording (overrides)
 * first, then what the server said precisely (its code with the field or operation it
 * named), then the code's general sentence. BAD_USER_INPUT the app has no sentence for
 * falls back to the server's own (English) explanation.
 */
export function describeError(error: unknown, t: TFunction, locale: string, overrides: ErrorOverrides = {}, context: ErrorContext = {}): string {
  const info = getErrorInfo(error);
  const override = overrides[info.code];
  if (override) return override;
  const specific = specificMessage(info, t, locale, context);
  if (specific) return specific;
  switch (info.code) {
    case 'RATE_LIMITED':
      return info.retryAfterSeconds
        ? t('errors.rateLimitedWait', { when: formatRetryWait(info.retryAfterSeconds, locale) })
        : t('errors.rateLimited');
    case 'BAD_USER_INPUT':
      return info.detail ? t('errors.badInputDetail', { detail: info.detail }) : t('errors.badInput');
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'QUERY_TOO_COMPLEX':
      return t('errors.tooComplex');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.server');
  }
}
