import { Module } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';

function traceIds(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

const GIVEN_REQUEST_ID = /^[\w.-]{1,64}$/;

/** A request's id: the caller's X-Request-Id when it is plausible, else a new one; echoed back. */
export function requestIdOf(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * Structured JSON logs (pino), one line per request with its id (taken from X-Request-Id or
 * made up, and echoed back). Credentials are redacted wherever they could appear. The same
 * options make the app's logger (nestjs-pino) and the access log of the routes Express serves
 * (bootstrap.ts); GraphQL writes its own line with the same fields (graphql-http.ts).
 */
export function httpLogOptions(config: AppConfig): Options {
  return {
    level: config.LOG_LEVEL,
    // With tracing on, each line names the trace (and span) it was written in, so a log line
    // leads to its trace and back. Off, nothing is added to any line.
    mixin: config.OTEL_EXPORTER_OTLP_ENDPOINT ? traceIds : undefined,
    genReqId: requestIdOf,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.query.token', '*.password', '*.accessToken', 'err.config'],
      censor: '[redacted]',
    },
    serializers: {
      // Upload URLs carry signed tokens in their query string: log the path only.
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: httpLogOptions(config),
        // nestjs-pino's own middleware would also put each request's logger in an
        // AsyncLocalStorage, which turns on promise hooks for every promise of the process
        // (several percent of a small request's CPU): the access log is added without it.
        forRoutes: [],
      }),
    }),
  ],
})
export class LoggingModule {}
