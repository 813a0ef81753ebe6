import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Metrics } from '../metrics/metrics';
import { AppConfig } from '../config/app-config';
import { resolveDirectFields } from './direct-field';
import { FrontDoor } from './front-door';
import { publicResponseCache } from './public-response-cache';
import { recentReadsForQueries } from './recent-rows';
import { GraphQLContextFactory } from './graphql-context.factory';
import { WebSocketGate } from './websocket-gate';

/** The front door's rules, shared by the HTTP server (Apollo) and the websocket gate. */
@Module({ providers: [FrontDoor], exports: [FrontDoor] })
class FrontDoorModule {}

/**
 * GraphQL over HTTP (Apollo, with the FrontDoor's rules; Apollo itself refuses batched arrays,
 * mutations over GET and CSRF-able requests) and over graphql-ws on the same path (WebSocketGate,
 * with the same rules).
 */
@Module({
  imports: [
    FrontDoorModule,
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [FrontDoorModule],
      inject: [FrontDoor, GraphQLContextFactory, Metrics, AppConfig, ModuleRef],
      useFactory: (frontDoor: FrontDoor, contexts: GraphQLContextFactory, metrics: Metrics, config: AppConfig, moduleRef: ModuleRef): ApolloDriverConfig => {
        const rules = frontDoor.apolloOptions();
        return {
        // Built in memory; `npm run schema:print` writes shared/schema.graphql and a test keeps it current.
        autoSchemaFile: true,
        sortSchema: true,
        transformSchema: (schema) => resolveDirectFields(schema, moduleRef),
        path: '/graphql',
        playground: false,
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
        ...rules,
        plugins: [...rules.plugins, metrics.apolloPlugin(), recentReadsForQueries(), ...publicResponseCache(config.RESPONSE_CACHE_SECONDS)],
        // HTTP requests reach Apollo through serveGraphQLBeforeExpress (graphql-http.ts), with
        // this same context; subscriptions are served by WebSocketGate, not by the driver's own
        // websocket server.
        context: ({ req, res }: { req: IncomingMessage; res: ServerResponse }) => contexts.forHttp(req, res),
        };
      },
    }),
  ],
  providers: [WebSocketGate],
})
export class GraphQLModule {}
