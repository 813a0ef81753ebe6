import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * PostgreSQL cannot store U+0000 in text, and no person types one: refuse any operation whose
 * variables carry it before anything runs. (In the document itself, the GraphQL parser already
 * refuses it.)
 */
export const rejectNulBytesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (containsNul(request.variables)) {
          throw new GraphQLError('Text must not contain NUL (\\u0000) characters.', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}
