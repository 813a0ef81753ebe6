import type { ApolloServerPlugin } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { blockFieldSuggestionsDefaultOptions } from '@escape.tech/graphql-armor-block-field-suggestions';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLSchema, NoSchemaIntrospectionCustomRule, specifiedRules, validate, ValidationRule,
} from 'graphql';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { MAX_QUERY_COMPLEXITY, rememberedQueryComplexity } from './query-complexity';

const MAX_TOKENS = 4000;

/**
 * The front door: every rule a GraphQL document meets before it runs, in one place, for both
 * transports. HTTP gets them as Apollo options and plugins (`apolloOptions`); the websocket
 * gate calls the same functions (`parse`, `refusals`, `formatErrors`) on each message, so a
 * query sent over graphql-ws is refused exactly as the same query over HTTP.
 *
 * - graphql-armor: depth, aliases (50 aliased `login`s must not try 50 passwords), tokens, directives;
 * - cost with the variables known (query-complexity.ts);
 * - NUL bytes and broken UTF-16 (lone surrogates) in variables: PostgreSQL cannot store the
 *   first, and validators and encoders throw on the second; neither is something a person types;
 * - in production: no introspection and no "Did you mean …" suggestions.
 */
@Injectable()
export class FrontDoor {
  private readonly armor;
  readonly validationRules: ValidationRule[];

  constructor(private readonly config: AppConfig) {
    this.armor = new ApolloArmor({
      maxDepth: { n: 10 },
      maxAliases: { n: 15 },
      // Cost is measured with the variables known (query-complexity.ts), not by armor's literal-only rule.
      costLimit: { enabled: false },
      maxTokens: { n: MAX_TOKENS },
      maxDirectives: { n: 30 },
      blockFieldSuggestion: { enabled: config.isProduction },
    }).protect();
    this.validationRules = [...this.armor.validationRules, ...(config.isProduction ? [NoSchemaIntrospectionCustomRule] : [])];
  }

  /** For Apollo (HTTP): the same rules as options and plugins. */
  apolloOptions() {
    const refuseBeforeRunning: ApolloServerPlugin = {
      async requestDidStart() {
        return {
          async didResolveOperation({ request, document, schema }) {
            const refusal = refusalOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
            if (refusal) throw refusal;
          },
        };
      },
    };
    return {
      introspection: !this.config.isProduction,
      validationRules: this.armor.validationRules,
      plugins: [...this.armor.plugins, refuseBeforeRunning],
      formatError: formatGraphQLError,
    };
  }

  /** Parses with armor's token limit (the same refusal, in the same words, as over HTTP); syntax errors come coded. */
  parse(source: string): DocumentNode {
    try {
      return new MaxTokensParserWLexer(source, { n: MAX_TOKENS }).parseDocument();
    } catch (error) {
      throw error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : error;
    }
  }

  /** Every reason to refuse this document before it runs; empty when it may run. */
  refusals(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): readonly GraphQLError[] {
    const invalid = validate(schema, document, [...specifiedRules, ...this.validationRules]);
    if (invalid.length) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
    const refusal = refusalOf(schema, document, variables, operationName);
    return refusal ? [refusal] : [];
  }

  /** What a client sees of errors: formatGraphQLError, with suggestions masked in production as armor does for HTTP. */
  formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    return errors.map((error) => {
      const formatted = formatGraphQLError(error.toJSON(), error);
      return this.config.isProduction ? { ...formatted, message: maskSuggestions(formatted.message) } : formatted;
    });
  }
}

const maskSuggestions = (message: string) => message.replace(/Did you mean ".+"/g, blockFieldSuggestionsDefaultOptions.mask);

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code } });
}

/** The checks that need the variables: NUL bytes and cost. */
function refusalOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): GraphQLError | undefined {
  const badText = malformedText(variables);
  if (badText) return new GraphQLError(badText, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  let complexity: number;
  try {
    complexity = rememberedQueryComplexity(schema, document, variables, operationName);
  } catch (error) {
    // Variables that do not fit the operation (missing, wrong type): the client's mistake.
    if (error instanceof GraphQLError) return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    throw error;
  }
  if (complexity > MAX_QUERY_COMPLEXITY) {
    return new GraphQLError(`This request asks for too much at once (complexity ${complexity}, at most ${MAX_QUERY_COMPLEXITY}): ask for smaller pages.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
    });
  }
  return undefined;
}

/** Why a text in the variables cannot be taken, or undefined when all are fine. */
function malformedText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'Text must not contain NUL (\\u0000) characters.';
    if (/\p{Cs}/u.test(value)) return 'Text must be valid Unicode (it holds half of a surrogate pair).';
    return undefined;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = malformedText(item);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = malformedText(key) ?? malformedText(item);
      if (problem) return problem;
    }
  }
  return undefined;
}
