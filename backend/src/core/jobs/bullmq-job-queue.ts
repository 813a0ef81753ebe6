import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { RedisConnections } from '../redis/redis.module';
import { JobHandler, JobOptions, JobQueue } from './job-queue';

/**
 * Jobs in Redis through BullMQ, so any instance can be a worker: each job runs once, is retried
 * with exponential backoff, survives an instance dying mid-job (its lock lapses, the stalled
 * check hands it to another worker) and stays visible in Redis when it fails for good.
 */
export class BullMqJobQueue extends JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly redis: RedisConnections,
    private readonly prefix = `${redis.prefix}-jobs`,
    /** How soon a dead worker's job is picked up again: its lock lasts this long. */
    private readonly lockDurationMs = 10_000,
  ) {
    super();
  }

  async enqueue<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    await this.queue(name).add(name, data, {
      // BullMQ forbids ':' in custom ids.
      jobId: options.jobId?.replace(/:/g, '-'),
      attempts: options.attempts ?? 5,
      delay: options.delayMs,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: false,
    });
  }

  handle<T extends object>(name: string, handler: JobHandler<T>, options: { concurrency?: number } = {}): void {
    const worker = new Worker<T>(name, (job: Job<T>) => handler(job.data), {
      connection: this.redis.duplicate(`worker:${name}`, { maxRetriesPerRequest: null }),
      prefix: this.prefix,
      concurrency: options.concurrency ?? 2,
      lockDuration: this.lockDurationMs,
      stalledInterval: Math.max(1000, this.lockDurationMs / 2),
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => {
      const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger[final ? 'error' : 'warn'](`job ${name} ${job?.id ?? ''} failed${final ? ' for good' : ''}: ${error.message}`);
      if (final) this.onFailedForGood?.(name);
    });
    worker.on('error', (error) => this.logger.warn(`worker ${name}: ${error.message}`));
    this.workers.push(worker);
    this.queue(name); // known here too, so that its depth is reported by the instances that work it
  }

  async waitingCount(): Promise<number> {
    const counts = await Promise.all([...this.queues.values()].map((queue) => queue.getJobCounts('waiting', 'delayed', 'prioritized')));
    return counts.reduce((sum, c) => sum + Object.values(c).reduce((a, n) => a + n, 0), 0);
  }

  async idle(): Promise<void> {
    for (;;) {
      const counts = await Promise.all(
        [...this.queues.values()].map((queue) => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')),
      );
      if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stop taking jobs, let running ones finish, then close the connections. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis.duplicate(`queue:${name}`, { maxRetriesPerRequest: null }), prefix: this.prefix });
      // The connection's own listener (redis.module.ts) already says it once as a warning; a Queue
      // without a listener would print each reconnect attempt's stack to stderr besides.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
