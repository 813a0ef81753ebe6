import { Global, Module } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { RedisConnections } from '../redis/redis.module';

/**
 * Channel names under the deployment's Redis prefix, on publish and subscribe alike
 * (graphql-redis-subscriptions' own triggerTransform applies to subscribing only).
 */
class NamespacedPubSub extends PubSubEngine {
  constructor(
    private readonly inner: PubSubEngine,
    private readonly namespace: string,
  ) {
    super();
  }

  publish(trigger: string, payload: unknown): Promise<void> {
    return this.inner.publish(`${this.namespace}:${trigger}`, payload);
  }

  subscribe(trigger: string, onMessage: (...args: unknown[]) => void, options: object): Promise<number> {
    return this.inner.subscribe(`${this.namespace}:${trigger}`, onMessage, options);
  }

  unsubscribe(subId: number): void {
    this.inner.unsubscribe(subId);
  }
}

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
          ? new NamespacedPubSub(new RedisPubSub({ publisher: redis.duplicate('publish'), subscriber: redis.duplicate('subscribe') }), redis.prefix)
          : new PubSub(),
    },
  ],
  exports: [PubSubEngine],
})
export class PubSubModule {}
