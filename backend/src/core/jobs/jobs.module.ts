import { Global, Module } from '@nestjs/common';
import { Metrics } from '../metrics/metrics';
import { RedisConnections } from '../redis/redis.module';
import { BullMqJobQueue } from './bullmq-job-queue';
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
        const queue = redis.enabled ? new BullMqJobQueue(redis) : new InProcessJobQueue();
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
