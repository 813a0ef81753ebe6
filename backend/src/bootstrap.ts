import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriver } from '@nestjs/apollo';
import { Logger, PinoLogger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';
import { httpLogOptions } from './core/logging/logging.module';
import { AppModule } from './app.module';
import { Metrics } from './core/metrics/metrics';
import { AppConfig } from './core/config/app-config';
import { InputValidationPipe } from './core/validation/input-validation.pipe';
import { ClientAddress } from './core/web/client-address';
import { securityHeaders, useSecurityHeaders } from './core/web/security-headers';
import { BODY_LIMIT_BYTES, BODY_NOT_JSON, BODY_TOO_LARGE, serveGraphQLBeforeExpress } from './core/graphql/graphql-http';
import { PublicAnswers } from './core/graphql/public-answers';
import { SharedAnswers } from './core/graphql/shared-answers';
import { GraphQLContextFactory } from './core/graphql/graphql-context.factory';
import { PagePreviews } from './core/web/page-previews';
import { serveWebApp, WEB_APP_DIR } from './core/web/web-app';

/** Builds the app (used by main.ts and by the HTTP tests, so both run the same thing). */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    // Throw start-up errors to the caller (main.ts exits; a test fails) instead of exiting here.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // Only proxies named in TRUSTED_PROXIES may say who the client is (req.ip; ClientAddress uses the same list).
  app.set('trust proxy', app.get(ClientAddress).trust);
  app.disable('x-powered-by');
  app.use(app.get(Metrics).http());
  app.use(pinoHttp(httpLogOptions(config)));
  useSecurityHeaders(app, config);
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.use(bodyParserErrors);
  app.useGlobalPipes(new InputValidationPipe());
  serveWebApp(app, WEB_APP_DIR, app.get(PagePreviews));
  // Apollo starts with the app; then GraphQL over HTTP is answered in front of Express.
  await app.init();
  serveGraphQLBeforeExpress(app.getHttpServer(), app.getHttpAdapter().getInstance(), {
    apollo: app.get(GraphQLModule<ApolloDriver>).graphQlAdapter.instance,
    contexts: app.get(GraphQLContextFactory),
    metrics: app.get(Metrics),
    log: PinoLogger.root,
    headers: securityHeaders(config),
    publicAnswers: new PublicAnswers(config.RESPONSE_CACHE_SECONDS),
    sharedAnswers: app.get(SharedAnswers),
  });
  return app;
}

/** A body too large is 413 and malformed JSON is 400, answered as GraphQL-shaped JSON. */
function bodyParserErrors(error: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    return res.status(413).json(BODY_TOO_LARGE);
  }
  if (error.type === 'entity.parse.failed' || error.status === 400) {
    return res.status(400).json(BODY_NOT_JSON);
  }
  return next(error);
}
