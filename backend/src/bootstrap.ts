import { ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { Metrics } from './core/metrics/metrics';
import { AppConfig } from './core/config/app-config';
import { BadUserInputError } from './core/errors/app-errors';
import { ClientAddress } from './core/web/client-address';
import { useSecurityHeaders } from './core/web/security-headers';
import { PagePreviews } from './core/web/page-previews';
import { serveWebApp, WEB_APP_DIR } from './core/web/web-app';

/** 1 MB is far more than any honest GraphQL document; photos go to their own upload URL. */
const BODY_LIMIT = '1mb';

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
  useSecurityHeaders(app, config);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyParserErrors);
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      forbidUnknownValues: false,
      exceptionFactory: (errors) => firstValidationError(errors),
    }),
  );
  serveWebApp(app, WEB_APP_DIR, app.get(PagePreviews));
  return app;
}

/** A body too large is 413 and malformed JSON is 400, answered as GraphQL-shaped JSON. */
function bodyParserErrors(error: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    return res.status(413).json({ errors: [{ message: `The request body is larger than ${BODY_LIMIT}.`, extensions: { code: 'BAD_REQUEST' } }] });
  }
  if (error.type === 'entity.parse.failed' || error.status === 400) {
    return res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  }
  return next(error);
}

function firstValidationError(errors: ValidationError[]): BadUserInputError {
  let error: ValidationError | undefined = errors[0];
  const path: string[] = [];
  while (error) {
    path.push(error.property);
    if (error.constraints) return new BadUserInputError(Object.values(error.constraints)[0], path.join('.'));
    error = error.children?.[0];
  }
  return new BadUserInputError('The input is not valid.');
}
