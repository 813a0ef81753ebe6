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

/** Per document (Apollo parses a repeated query once and hands the same DocumentNode back). */
const known = new WeakMap<DocumentNode, Map<string, number>>();
/** Distinct variable sets remembered per document: enough for the page sizes clients really use. */
const VARIABLE_SETS_PER_DOCUMENT = 64;

/**
 * queryComplexity, remembered per document and variables: the same feed query arrives
 * thousands of times a second with the same few variable sets, and walking it each time cost
 * a few percent of a small request. Only results are remembered; a query that throws (variables
 * that do not fit) is worked out again, and refused again, each time.
 */
export function rememberedQueryComplexity(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  let byVariables = known.get(query);
  if (!byVariables) known.set(query, (byVariables = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  let complexity = byVariables.get(key);
  if (complexity === undefined) {
    complexity = queryComplexity(schema, query, variables, operationName);
    // Oldest first out: a Map iterates in insertion order.
    if (byVariables.size >= VARIABLE_SETS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, complexity);
  }
  return complexity;
}
