import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * The most work one operation may ask for: every field costs 1, and a paginated field costs its
 * page size (`first`, from a literal, a variable or the default) times what each item asks for.
 * A feed page of 20 stories with authors, photos, counts and 20 comments each is about 3,000; a
 * page of 100 stories with 100 comments each (60,000) is refused.
 */
export const MAX_QUERY_COMPLEXITY = 10_000;

const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + Math.max(0, args.first) * childComplexity : undefined;

export function queryComplexity(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses too costly operations before they run, with the variables' values known (a limit that
 * reads only literals is bypassed by passing `first` as a variable).
 */
export const queryComplexityPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = queryComplexity(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        } catch (error) {
          // Variables that do not fit the operation (missing, wrong type): the client's mistake.
          if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          throw error;
        }
        if (complexity > MAX_QUERY_COMPLEXITY) {
          throw new GraphQLError(`This request asks for too much at once (complexity ${complexity}, at most ${MAX_QUERY_COMPLEXITY}): ask for smaller pages.`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
          });
        }
      },
    };
  },
};
