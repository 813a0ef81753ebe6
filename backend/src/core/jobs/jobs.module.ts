import { Global, Module } from '@nestjs/common';
import { RedisConnections } from '../redis/redis.module';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobQueue, Scheduler } from './job-queue';
import { TimerScheduler } from './scheduler';

@Global()
@Module({
  providers: [
    // The BullMQ adapter for REDIS_URL plugs in here (see the scale-out work).
    { provide: JobQueue, useFactory: () => new InProcessJobQueue() },
    { provide: Scheduler, inject: [RedisConnections], useFactory: (redis: RedisConnections) => new TimerScheduler(redis) },
  ],
  exports: [JobQueue, Scheduler],
})
export class JobsModule {}
