import { Global, Module } from '@nestjs/common';
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
      inject: [RedisConnections],
      useFactory: (redis: RedisConnections) => (redis.enabled ? new BullMqJobQueue(redis) : new InProcessJobQueue()),
    },
    { provide: Scheduler, inject: [RedisConnections], useFactory: (redis: RedisConnections) => new TimerScheduler(redis) },
  ],
  exports: [JobQueue, Scheduler],
})
export class JobsModule {}
