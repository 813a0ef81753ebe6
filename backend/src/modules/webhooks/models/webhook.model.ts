import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../core/pagination/connection';
import type { WebhookDeliveryEntity } from '../webhook-delivery.entity';
import type { WebhookEndpointEntity } from '../webhook-endpoint.entity';

@ObjectType()
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [String])
  events: string[];

  @Field()
  active: boolean;

  @Field()
  createdAt: Date;

  static from(entity: WebhookEndpointEntity): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), { id: entity.id, url: entity.url, events: entity.events, active: entity.active, createdAt: entity.createdAt });
  }
}

@ObjectType()
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: 'Shown once (Standard Webhooks format, whsec_...).' })
  secret: string;
}

@ObjectType()
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The event id, the same on every retry.' })
  eventId: string;

  @Field()
  event: string;

  @Field({ description: 'PENDING, SUCCEEDED, FAILED (still retrying) or GAVE_UP.' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  responseStatus: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took, in milliseconds.' })
  responseTimeMs: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in short (e.g. "HTTP 500", "timed out after 10000 ms").' })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next retry is due (FAILED only).' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;

  @Field()
  createdAt: Date;

  static from(entity: WebhookDeliveryEntity, event: string): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: entity.id, eventId: entity.eventId, event, status: entity.status, attempts: entity.attempts,
      responseStatus: entity.responseStatus, responseTimeMs: entity.responseTimeMs, lastError: entity.lastError,
      nextAttemptAt: entity.status === 'FAILED' ? entity.nextAttemptAt : null, lastAttemptAt: entity.lastAttemptAt, createdAt: entity.createdAt,
    });
  }
}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}
