import { Module } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

function traceIds(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/**
 * Structured JSON logs (pino), one line per request with its id (taken from X-Request-Id or
 * made up, and echoed back). Credentials are redacted wherever they could appear.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // With tracing on, each line names the trace (and span) it was written in, so a log line
          // leads to its trace and back. Off, nothing is added to any line.
          mixin: config.OTEL_EXPORTER_OTLP_ENDPOINT ? traceIds : undefined,
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'req.query.token',
              '*.password',
              '*.accessToken',
              'err.config',
            ],
            censor: '[redacted]',
          },
          serializers: {
            // Upload URLs carry signed tokens in their query string: log the path only.
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
          },
          autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
