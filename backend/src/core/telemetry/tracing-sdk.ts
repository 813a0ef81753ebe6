import { ServerResponse } from 'node:http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { AppConfig } from '../config/app-config';
import { routeGroupOf } from '../metrics/route-groups';

/** Health checks and scrapes arrive every few seconds from every probe: spans of no interest. */
const UNTRACED = /^\/(healthz|readyz|metrics)(\?|$)/;

/** How long the exit waits for the last spans to be sent. */
const SHUTDOWN_FLUSH_MS = 3000;

/**
 * The OpenTelemetry SDK, loaded only when tracing is on (register.ts). Spans: every HTTP request
 * (named by route group, like the metrics), every GraphQL operation (`query StoryPage`, with
 * graphql.operation.name and .type; resolver spans left out: one per field would cost more than
 * the query), and every SQL statement made inside one of them (pg, which TypeORM drives for
 * PostgreSQL and PGlite alike). Statements with no request around them (the once-a-second
 * roll-ups) make no spans. Batched export over OTLP/HTTP (JSON); the exporter reads the standard
 * OTEL_EXPORTER_OTLP_* variables (endpoint, headers, timeout) and the batch OTEL_BSP_*.
 */
export function startTracingSdk(config: AppConfig): { shutdown: () => Promise<void> } {
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES (deployment.environment, a region…) then the service's own name.
    resource: detectResources({ detectors: [envDetector] }).merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.OTEL_SERVICE_NAME })),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED.test(request.url ?? ''),
        // A span per request the server answers; calls out (webhooks, S3, mail) only inside one.
        requireParentforOutgoingSpans: true,
        applyCustomAttributesOnSpan: (span, request, response) => {
          // originalUrl: Express's routers rewrite req.url as they go.
          if (!(response instanceof ServerResponse)) return;
          const url = (request as { originalUrl?: string }).originalUrl ?? (request as { url?: string }).url ?? '/';
          span.updateName(`${request.method} ${routeGroupOf(url.split('?')[0])}`);
        },
      }),
      new GraphQLInstrumentation({ ignoreResolveSpans: true }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    // The last spans go out on the way down, but an unreachable collector may not hold up the exit.
    shutdown: () => Promise.race([provider.shutdown(), new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_FLUSH_MS).unref())]),
  };
}
