import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-errors';

/** Codes Apollo itself produces for requests that never ran: their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** How graphql-armor words its refusals (depth, aliases, cost, tokens, directives). */
const TOO_COMPLEX = /^Syntax Error: (Query depth|Aliases|Query Cost|Token|Directives) limit of \d+ exceeded/i;

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};

/** PostgreSQL errors that bad input can cause, should a check upstream have missed it. */
const PG_INPUT_ERRORS: Record<string, { code: string; message: string }> = {
  '22P02': { code: 'BAD_USER_INPUT', message: 'A value is malformed (for example an id).' },
  '22001': { code: 'BAD_USER_INPUT', message: 'A value is too long.' },
  '22021': { code: 'BAD_USER_INPUT', message: 'Text contains a character that cannot be stored.' },
  '23505': { code: 'CONFLICT', message: 'That already exists.' },
};

const logger = new Logger('GraphQL');

/**
 * The one place that decides what a client sees of an error: a code from the contract, a
 * message meant for people, and never a stack, SQL or a file path.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (TOO_COMPLEX.test(formatted.message)) {
    return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  // graphql-armor's token-counting parser reports plain syntax errors as validation failures.
  if (formatted.message.startsWith('Syntax Error:')) {
    return { ...base, message: formatted.message.split('\n')[0], extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code = HTTP_STATUS_CODES[status];
    if (code) return { ...base, message: httpExceptionMessage(original), extensions: { code } };
  }
  if (original instanceof QueryFailedError) {
    const pgCode = (original.driverError as { code?: string } | undefined)?.code;
    const known = pgCode ? PG_INPUT_ERRORS[pgCode] : undefined;
    if (known) return { ...base, message: known.message, extensions: { code: known.code } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && REQUEST_ERROR_CODES.has(apolloCode)) {
    return { ...base, extensions: { code: apolloCode } };
  }
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string' && original.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    // Errors our own code raised as GraphQLErrors (e.g. in the context or a plugin); `http` is for Apollo only.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, extensions };
  }

  // Name, message and stack only: a failed query's parameters can hold what nobody should log.
  const err = original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : { message: String(original) };
  logger.error({ err, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** class-validator failures arrive as a BadRequestException holding a list of messages. */
function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}
