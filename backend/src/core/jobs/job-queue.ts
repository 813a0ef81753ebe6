/** A unit of background work, by name, with JSON data. */
export interface JobOptions {
  /** Same id twice means one job (e.g. `photo:<id>`). */
  jobId?: string;
  attempts?: number;
  /** Run no sooner than this many ms from now (a retry on a schedule of the domain's own). */
  delayMs?: number;
}

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background work that must not hold up a request: photo processing, sweeps. In process by
 * default (jobs are retried with backoff; work lost with the process is found again by each
 * domain's start-up sweep); BullMQ on Redis when REDIS_URL is set.
 */
export abstract class JobQueue {
  abstract enqueue<T extends object>(name: string, data: T, options?: JobOptions): Promise<void>;
  abstract handle<T extends object>(name: string, handler: JobHandler<T>, options?: { concurrency?: number }): void;
  /** Resolves when no job is queued or running (tests, shutdown). */
  abstract idle(): Promise<void>;
  /** Jobs waiting to run (queued or waiting for a retry), for metrics. */
  abstract waitingCount(): Promise<number>;
  /** Told when a job has failed its last attempt (metrics count these). */
  onFailedForGood?: (name: string) => void;
}

/**
 * Work that repeats on a timer (hot scores, count roll-ups, cleanups). Runs once per tick
 * across all instances when Redis is configured, and never overlaps itself.
 */
export abstract class Scheduler {
  abstract every(name: string, intervalMs: number, task: () => Promise<void>): void;
}
