import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { Request } from 'express';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { GraphQLContextFactory } from './graphql-context.factory';
import { queryComplexityPlugin } from './query-complexity';
import { rejectNulBytesPlugin } from './reject-nul-bytes.plugin';

/**
 * The front door. graphql-armor refuses abusive documents before they run: too deep, too many
 * aliases (50 aliased `login`s must not try 50 passwords), too many tokens or directives; the
 * query-complexity plugin refuses too costly ones. Apollo refuses batched arrays, mutations over GET and CSRF-able requests.
 */
export function armorFor(config: AppConfig) {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    // Cost is measured with the variables known (query-complexity.ts), not by armor's literal-only rule.
    costLimit: { enabled: false },
    maxTokens: { n: 4000 },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, GraphQLContextFactory],
      useFactory: (config: AppConfig, contexts: GraphQLContextFactory): ApolloDriverConfig => {
        const armor = armorFor(config);
        return {
          // Built in memory; `npm run schema:print` writes shared/schema.graphql and a test keeps it current.
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !config.isProduction,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          validationRules: armor.validationRules,
          plugins: [...armor.plugins, rejectNulBytesPlugin, queryComplexityPlugin],
          formatError: formatGraphQLError,
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              onConnect: async (ctx) => {
                // Keep the context for the connection's operations; refuse the connection outright
                // (close code 4401, as graphql-ws does for other auth failures) when the token is bad.
                const extra = ctx.extra as { context?: unknown; socket?: { close(code: number, reason: string): void } };
                try {
                  extra.context = await contexts.forConnection(ctx.connectionParams);
                  return true;
                } catch (error) {
                  if (!(error instanceof GraphQLError) || error.extensions.code !== 'UNAUTHENTICATED') throw error;
                  extra.socket?.close(4401, error.message.slice(0, 120));
                  return false;
                }
              },
            },
          },
          context: ({ req, extra }: { req?: Request; extra?: { context?: unknown } }) =>
            extra?.context ?? contexts.forHttp(req!),
        };
      },
    }),
  ],
})
export class GraphQLModule {}
