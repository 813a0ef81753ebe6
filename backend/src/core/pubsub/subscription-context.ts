import { GraphQLError } from 'graphql';
import { AppError } from '../errors/app-errors';
import type { RequestContext } from '../graphql/request-context';

/**
 * A websocket connection keeps one context for its whole life, DataLoaders included, and a
 * DataLoader caches what it loaded: without this, the second storyUpdated would show the counts
 * of the first. Each event gets loaders of its own, like an HTTP request does.
 */
export function freshLoaders(context: RequestContext): RequestContext {
  context.loaders = context.loaders.renewed();
  return context;
}

/**
 * Errors of subscribe-time checks. Over graphql-ws they do not pass through formatGraphQLError
 * (that is Apollo's HTTP path), so they carry their code themselves.
 */
export function subscriptionError(error: unknown): unknown {
  if (error instanceof AppError) return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  return error;
}

/** Runs a subscribe-time check, turning our errors into coded GraphQL errors. */
export async function checkedSubscription<T>(subscribe: () => Promise<T>): Promise<T> {
  try {
    return await subscribe();
  } catch (error) {
    throw subscriptionError(error);
  }
}
