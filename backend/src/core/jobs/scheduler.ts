import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { RedisConnections } from '../redis/redis.module';
import { Scheduler } from './job-queue';

/**
 * Runs each task every interval, never overlapping itself. With Redis, each tick first takes a
 * short lock (SET NX PX) named after the task and the tick, so that one instance runs it.
 */
export class TimerScheduler extends Scheduler implements OnApplicationShutdown {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly logger = new Logger('Scheduler');
  private stopped = false;

  constructor(private readonly redis: RedisConnections) {
    super();
  }

  every(name: string, intervalMs: number, task: () => Promise<void>): void {
    let busy = false;
    const timer = setInterval(() => {
      if (busy || this.stopped) return;
      busy = true;
      const run = this.claim(name, intervalMs)
        .then((mine) => (mine ? task() : undefined))
        .catch((error: unknown) => this.logger.error(`${name}: ${error instanceof Error ? error.message : error}`))
        .finally(() => {
          busy = false;
          this.running.delete(run);
        });
      this.running.add(run);
    }, intervalMs);
    timer.unref();
    this.timers.push(timer);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await Promise.allSettled([...this.running]);
  }

  private async claim(name: string, intervalMs: number): Promise<boolean> {
    if (!this.redis.client) return true;
    const tick = Math.floor(Date.now() / intervalMs);
    const won = await this.redis.client.set(`${this.redis.prefix}:schedule:${name}:${tick}`, '1', 'PX', intervalMs * 2, 'NX');
    return won === 'OK';
  }
}
