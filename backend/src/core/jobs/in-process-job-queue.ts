import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { JobHandler, JobOptions, JobQueue } from './job-queue';

interface QueuedJob {
  name: string;
  data: object;
  attempt: number;
  attempts: number;
  jobId?: string;
}

/** The default queue: in memory, a few jobs at a time, retried with exponential backoff. */
export class InProcessJobQueue extends JobQueue implements OnApplicationShutdown {
  private readonly handlers = new Map<string, { handler: JobHandler<object>; concurrency: number; running: number }>();
  private readonly waiting: QueuedJob[] = [];
  private readonly pendingIds = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];
  private stopped = false;
  private readonly logger = new Logger('Jobs');

  async enqueue<T extends object>(name: string, data: T, options: JobOptions = {}): Promise<void> {
    if (this.stopped) return;
    if (options.jobId) {
      if (this.pendingIds.has(options.jobId)) return;
      this.pendingIds.add(options.jobId);
    }
    const job = { name, data, attempt: 1, attempts: options.attempts ?? 3, jobId: options.jobId };
    this.inFlight++;
    if (options.delayMs && options.delayMs > 0) {
      // Counts as waiting (in flight) meanwhile; lost with the process like any queued job.
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.waiting.push(job);
        this.pump();
      }, options.delayMs);
      this.timers.add(timer);
      return;
    }
    this.waiting.push(job);
    setImmediate(() => this.pump());
  }

  handle<T extends object>(name: string, handler: JobHandler<T>, options: { concurrency?: number } = {}): void {
    this.handlers.set(name, { handler: handler as JobHandler<object>, concurrency: options.concurrency ?? 2, running: 0 });
    setImmediate(() => this.pump());
  }

  async waitingCount(): Promise<number> {
    // In flight minus running: queued ones and those waiting for their retry.
    return this.inFlight - [...this.handlers.values()].reduce((sum, h) => sum + h.running, 0);
  }

  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    // Let running jobs finish; queued ones are found again by the domains' start-up sweeps.
    const running = () => [...this.handlers.values()].some((h) => h.running > 0);
    for (let waited = 0; running() && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  }

  private pump(): void {
    if (this.stopped) return;
    for (let i = 0; i < this.waiting.length; i++) {
      const job = this.waiting[i];
      const entry = this.handlers.get(job.name);
      if (!entry || entry.running >= entry.concurrency) continue;
      this.waiting.splice(i--, 1);
      entry.running++;
      entry
        .handler(job.data)
        .then(() => this.finish(job))
        .catch((error: unknown) => this.retry(job, error))
        .finally(() => {
          entry.running--;
          this.pump();
        });
    }
  }

  private retry(job: QueuedJob, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (job.attempt >= job.attempts || this.stopped) {
      this.logger.error(`job ${job.name} failed for good after ${job.attempt} attempt(s): ${message}`);
      this.onFailedForGood?.(job.name);
      this.finish(job);
      return;
    }
    this.logger.warn(`job ${job.name} failed (attempt ${job.attempt}): ${message}; retrying`);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.waiting.push({ ...job, attempt: job.attempt + 1 });
      this.pump();
    }, 200 * 2 ** job.attempt);
    this.timers.add(timer);
  }

  private finish(job: QueuedJob): void {
    if (job.jobId) this.pendingIds.delete(job.jobId);
    this.inFlight--;
    if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
