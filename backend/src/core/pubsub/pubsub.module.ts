import { Global, Module } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { RedisConnections } from '../redis/redis.module';

/**
 * The events subscriptions listen to. In process by default; through Redis when REDIS_URL is
 * set, so a subscriber on one instance hears a change made on another. Inject `PubSubEngine`.
 */
@Global()
@Module({
  providers: [
    {
      provide: PubSubEngine,
      inject: [RedisConnections],
      useFactory: (redis: RedisConnections): PubSubEngine =>
        redis.enabled
          ? new RedisPubSub({ publisher: redis.duplicate('publish'), subscriber: redis.duplicate('subscribe') })
          : new PubSub(),
    },
  ],
  exports: [PubSubEngine],
})
export class PubSubModule {}
