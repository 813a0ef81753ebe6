import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { afterCommit } from '../../core/database/after-commit';
import { ConflictError, BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { DomainEvent, DomainEvents } from '../../core/events/domain-events';
import { JobQueue, Scheduler } from '../../core/jobs/job-queue';
import { Metrics } from '../../core/metrics/metrics';
import { DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookEventEntity } from './webhook-event.entity';
import { eventData, newMessageId } from './webhook-payloads';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';

const JOB = 'webhook.deliver';

interface DeliverJob {
  deliveryId: string;
  /** The delivery's attempt count this job was made for: a stale job (already tried, replayed) does nothing. */
  attempts: number;
}

/** Margin beyond the attempt's timeout before another worker may take a delivery whose worker vanished. */
const LOCK_MARGIN_MS = 30_000;

/**
 * Webhook deliveries: written with the event in the publisher's transaction, sent by jobs after
 * commit, retried on WEBHOOK_RETRY_SCHEDULE. Jobs are at-least-once; the delivery row is the
 * truth: an attempt first claims the row (its attempt count and a lock), so a duplicate or stale
 * job, or one for a delivery that already SUCCEEDED, does nothing. The waits between attempts are
 * delayed jobs; a sweep re-enqueues deliveries whose job was lost (the in-process queue forgets
 * its timers on restart).
 */
@Injectable()
export class WebhookDeliveriesService implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');
  private readonly delays: number[];
  private readonly lockMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly secrets: WebhookSecrets,
    private readonly sender: WebhookSender,
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.delays = config.webhookRetryDelaysMs;
    this.lockMs = config.WEBHOOK_TIMEOUT_MS + LOCK_MARGIN_MS;
  }

  onModuleInit(): void {
    this.events.observe((event, manager) => this.record(event, manager));
    this.jobs.handle<DeliverJob>(JOB, (job) => this.attempt(job), { concurrency: 4 });
    this.scheduler.every('webhooks.sweep', 30_000, () => this.sweep());
  }

  /** In the publisher's transaction: the event and one delivery per active endpoint that subscribed to its type. */
  private async record(event: DomainEvent, manager: EntityManager): Promise<void> {
    const endpoints: { id: string }[] = await manager.query(`SELECT id FROM webhook_endpoints WHERE active AND $1 = ANY(events)`, [event.type]);
    if (!endpoints.length) return;
    const message = { id: newMessageId(), payload: { type: event.type, timestamp: new Date().toISOString(), data: await eventData(event, manager) } };
    await manager.query(`INSERT INTO webhook_events (id, type, payload) VALUES ($1, $2, $3)`, [message.id, event.type, JSON.stringify(message.payload)]);
    const deliveries: { id: string }[] = await manager.query(
      `INSERT INTO webhook_deliveries (event_id, endpoint_id, next_attempt_at) SELECT $1, unnest($2::uuid[]), now() RETURNING id`,
      [message.id, endpoints.map((e) => e.id)],
    );
    afterCommit(manager, () => Promise.all(deliveries.map((d) => this.enqueue(d.id, 0))));
  }

  private enqueue(deliveryId: string, attempts: number, delayMs = 0, tag = ''): Promise<void> {
    return this.jobs.enqueue<DeliverJob>(JOB, { deliveryId, attempts }, { jobId: `webhook:${deliveryId}:${attempts}${tag}`, delayMs });
  }

  /** One attempt: claim, send outside any transaction, record the outcome and schedule the next. */
  private async attempt(job: DeliverJob): Promise<void> {
    const [claimed]: [WebhookDeliveryRow[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET attempts = attempts + 1, round_attempts = round_attempts + 1,
              locked_until = now() + $3 * interval '1 millisecond', last_attempt_at = now()
         FROM webhook_endpoints e
        WHERE d.id = $1 AND d.attempts = $2 AND d.status IN ('PENDING', 'FAILED') AND e.id = d.endpoint_id
          AND (d.locked_until IS NULL OR d.locked_until < now())
        RETURNING d.id, d.event_id, d.endpoint_id, d.attempts, d.round_attempts`,
      [job.deliveryId, job.attempts, this.lockMs],
    );
    const row = claimed[0];
    if (!row) return; // done already, in flight elsewhere, replayed, or its endpoint is gone
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id: row.endpoint_id });
    const event = await this.dataSource.getRepository(WebhookEventEntity).findOneBy({ id: row.event_id });
    if (!endpoint || !event) return;
    if (!endpoint.active) {
      await this.finish(row, DeliveryStatus.GAVE_UP, { status: null, ms: 0, error: 'the endpoint is inactive' }, null);
      return;
    }
    const body = JSON.stringify(event.payload);
    const now = new Date();
    const outcome = await this.sender.post(endpoint.url, {
      'webhook-id': event.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': this.secrets.signature(endpoint, event.id, now, body, now),
    }, body);
    if (!outcome.error) {
      await this.finish(row, DeliveryStatus.SUCCEEDED, outcome, null);
      this.metrics.webhookAttempt('succeeded');
      return;
    }
    const wait = this.delays[row.round_attempts - 1];
    if (wait === undefined) {
      await this.finish(row, DeliveryStatus.GAVE_UP, outcome, null);
      this.metrics.webhookAttempt('gave_up');
      this.logger.warn(`webhook ${event.id} to endpoint ${endpoint.id} gave up after ${row.round_attempts} attempts: ${outcome.error}`);
      return;
    }
    const next = new Date(Date.now() + wait);
    await this.finish(row, DeliveryStatus.FAILED, outcome, next);
    this.metrics.webhookAttempt('failed');
    await this.enqueue(row.id, row.attempts, wait);
  }

  /** Records the claimed attempt's outcome, unless the row has moved on since (a replay). */
  private async finish(row: WebhookDeliveryRow, status: DeliveryStatus, outcome: { status: number | null; ms: number; error: string | null }, next: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $3, response_status = $4, response_time_ms = $5, last_error = $6, next_attempt_at = $7, locked_until = NULL
        WHERE id = $1 AND attempts = $2`,
      [row.id, row.attempts, status, outcome.status, outcome.ms, outcome.error, next],
    );
  }

  /** Deliveries due for a while with no job to show for it: enqueued again (the job id makes a live job win). */
  async sweep(): Promise<void> {
    const due: { id: string; attempts: number }[] = await this.dataSource.query(
      `SELECT id, attempts FROM webhook_deliveries
        WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at < now() - interval '10 seconds'
          AND (locked_until IS NULL OR locked_until < now())
        ORDER BY next_attempt_at LIMIT 500`,
    );
    for (const row of due) await this.enqueue(row.id, row.attempts);
  }

  /** Sends the same event (same webhook-id) again now, starting the schedule over. */
  async replay(deliveryId: string): Promise<WebhookDeliveryEntity> {
    const repo = this.dataSource.getRepository(WebhookDeliveryEntity);
    const delivery = await repo.findOneBy({ id: deliveryId });
    if (!delivery) throw new NotFoundError('That delivery');
    const endpoint = await this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id: delivery.endpointId });
    if (!endpoint?.active) throw new BadUserInputError('The endpoint is inactive: turn it on before replaying.', 'id');
    const [updated]: [WebhookDeliveryEntity[], number] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'PENDING', round_attempts = 0, next_attempt_at = now(), last_error = NULL
        WHERE id = $1 AND (locked_until IS NULL OR locked_until < now()) RETURNING id`,
      [deliveryId],
    );
    if (!updated.length) throw new ConflictError('This delivery is being sent right now; try again in a moment.');
    const fresh = (await repo.findOneBy({ id: deliveryId }))!;
    // Its own job id: a retry already waiting for this attempt count must not swallow the replay.
    await this.enqueue(fresh.id, fresh.attempts, 0, `:replay-${Date.now()}`);
    return fresh;
  }
}

interface WebhookDeliveryRow {
  id: string;
  event_id: string;
  attempts: number;
  endpoint_id: string;
  round_attempts: number;
}
