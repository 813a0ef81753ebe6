import { Global, Module } from '@nestjs/common';
import { Metrics } from '../metrics/metrics';
import { RedisConnections } from '../redis/redis.module';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobQueue, Scheduler } from './job-queue';
import { TimerScheduler } from './scheduler';

/** In process by default; BullMQ and a Redis-coordinated scheduler when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: JobQueue,
      inject: [RedisConnections, Metrics],
      useFactory: (redis: RedisConnections, metrics: Metrics) => {
        const queue = redis.enabled ? new (bullMq().BullMqJobQueue)(redis) : new InProcessJobQueue();
        queue.onFailedForGood = (name) => metrics.jobFailed(name);
        metrics.gauge('jobs_waiting', 'Background jobs queued or waiting for a retry', () => queue.waitingCount());
        return queue;
      },
    },
    { provide: Scheduler, inject: [RedisConnections], useFactory: (redis: RedisConnections) => new TimerScheduler(redis) },
  ],
  exports: [JobQueue, Scheduler],
})
export class JobsModule {}

/**
 * Loaded only when REDIS_URL is set: BullMQ (with its Lua scripts) is the largest package an app
 * without Redis would otherwise load at every start, and each test file starts its apps anew.
 */
/* eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as said above */
const bullMq = () => require('./bullmq-job-queue') as typeof import('./bullmq-job-queue');
