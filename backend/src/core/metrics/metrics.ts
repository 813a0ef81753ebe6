import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { routeGroupOf } from './route-groups';

/** Seconds: from a cached read to a slow export page. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names come from clients: only plausible ones, and only so many, become label values. */
const MAX_OPERATION_NAMES = 300;
const OPERATION_NAME = /^[A-Za-z_]\w{0,60}$/;

/**
 * A metric's children by their label values, each made once. prom-client's `observe({ … })` and
 * `inc({ … })` sort and hash the labels on every call, a few percent of a small request's CPU;
 * the label values are bounded (route groups, methods, statuses, MAX_OPERATION_NAMES).
 */
class LabelledChildren<Child> {
  private readonly made = new Map<string, Child>();

  constructor(private readonly make: (...values: string[]) => Child) {}

  of(...values: string[]): Child {
    const key = values.join('\u0000');
    let child = this.made.get(key);
    if (!child) this.made.set(key, (child = this.make(...values)));
    return child;
  }
}

/**
 * The instance's Prometheus metrics (prom-client), served at /metrics. A registry of its own per
 * app, not prom-client's global one, so that several apps in one process (the tests) each count
 * their own. Other parts add gauges read at scrape time with `gauge()`.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by route group, method and status', labelNames: ['route', 'method', 'status'], registers: [this.registry] });
  private readonly httpDuration = new Histogram({ name: 'http_request_duration_seconds', help: 'HTTP request latency by route group', labelNames: ['route', 'method'], buckets: LATENCY_BUCKETS, registers: [this.registry] });
  private readonly operations = new Counter({ name: 'graphql_operations_total', help: 'GraphQL operations by name, type and transport', labelNames: ['operation', 'type', 'transport'], registers: [this.registry] });
  private readonly operationDuration = new Histogram({ name: 'graphql_operation_duration_seconds', help: 'GraphQL operation latency by name', labelNames: ['operation', 'type'], buckets: LATENCY_BUCKETS, registers: [this.registry] });
  private readonly errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by extensions.code', labelNames: ['code'], registers: [this.registry] });
  private readonly refusals = new Counter({ name: 'rate_limit_refusals_total', help: 'Actions refused by a rate limit, by limit', labelNames: ['limit'], registers: [this.registry] });
  private readonly webhookAttempts = new Counter({ name: 'webhook_attempts_total', help: 'Webhook delivery attempts by outcome (succeeded, failed, gave_up)', labelNames: ['outcome'], registers: [this.registry] });
  private readonly jobFailures = new Counter({ name: 'jobs_failed_total', help: 'Background jobs that failed for good, by name', labelNames: ['job'], registers: [this.registry] });

  private readonly httpRequestsBy = new LabelledChildren((...values) => this.httpRequests.labels(...values));
  private readonly httpDurationBy = new LabelledChildren((...values) => this.httpDuration.labels(...values));
  private readonly operationsBy = new LabelledChildren((...values) => this.operations.labels(...values));
  private readonly operationDurationBy = new LabelledChildren((...values) => this.operationDuration.labels(...values));

  constructor() {
    // Process CPU, memory, GC and event loop lag (nodejs_eventloop_lag_*).
    collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge whose value is read when Prometheus scrapes. */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name, help, registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** Gauges with labels, read at scrape time (e.g. the database pool's total/idle/waiting). */
  labelledGauge(name: string, help: string, label: string, read: () => Record<string, number> | Promise<Record<string, number>>): void {
    new Gauge({
      name, help, labelNames: [label], registers: [this.registry],
      async collect() {
        for (const [value, amount] of Object.entries(await read())) this.set({ [label]: value }, amount);
      },
    });
  }

  /** Express middleware: every request's count and latency, once the response is sent. */
  http() {
    return (req: Request, res: Response, next: NextFunction) => {
      // Read now: routers mounted further in rewrite req.url (and so req.path) as they go.
      const route = routeGroupOf(req.path);
      const started = process.hrtime.bigint();
      res.once('finish', () => this.httpRequestDone(route, req.method, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
      next();
    };
  }

  /** One HTTP request answered, from Express or from the GraphQL path in front of it. */
  httpRequestDone(route: string, method: string, status: number, seconds: number): void {
    this.httpDurationBy.of(route, method).observe(seconds);
    this.httpRequestsBy.of(route, method, String(status)).inc();
  }

  /** One GraphQL operation, from either transport ('shared': over HTTP, a member's page made from a shared one, SharedAnswers). */
  operation(name: string | null | undefined, type: string | undefined, transport: 'http' | 'websocket' | 'shared', seconds: number | null, codes: string[]): void {
    const operation = this.operationLabel(name);
    const kind = type ?? 'unknown';
    this.operationsBy.of(operation, kind, transport).inc();
    if (seconds !== null) this.operationDurationBy.of(operation, kind).observe(seconds);
    for (const code of codes) this.errors.inc({ code });
  }

  /** Apollo (HTTP): counts, latency and error codes of every operation. */
  apolloPlugin(): ApolloServerPlugin {
    const record = this.operation.bind(this);
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operation, request, response }) {
            // The errors as sent (formatted), so the codes are the ones clients see.
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
            record(request.operationName ?? operation?.name?.value, operation?.operation, 'http', Number(process.hrtime.bigint() - started) / 1e9, codes);
          },
        };
      },
    };
  }

  rateLimited(limit: string): void {
    this.refusals.inc({ limit });
  }

  webhookAttempt(outcome: 'succeeded' | 'failed' | 'gave_up'): void {
    this.webhookAttempts.inc({ outcome });
  }

  jobFailed(job: string): void {
    this.jobFailures.inc({ job });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
