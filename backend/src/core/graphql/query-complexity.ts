import { DocumentNode, GraphQLSchema } from 'graphql';
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
