import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What happened to a story, its consent or its author that the brand's own systems care about.
 * The names are the webhook event names (Standard Webhooks `type`), so one vocabulary serves the
 * product and the brand's receivers.
 */
export type DomainEvent =
  | { type: 'story.approved' | 'story.featured' | 'story.removed'; campaignId: string; storyId: string; authorId: string }
  | { type: 'rights.granted' | 'rights.revoked'; campaignId: string; storyId: string; authorId: string; scopes: string[] }
  | { type: 'prize.won'; campaignId: string; storyId: string; userId: string; prizeName: string }
  | { type: 'points.changed'; campaignId: string; userId: string; amount: number; balance: number; reason: string; storyId: string | null };

export type DomainEventType = DomainEvent['type'];

export const DOMAIN_EVENT_TYPES: readonly DomainEventType[] = [
  'story.approved', 'story.featured', 'story.removed', 'rights.granted', 'rights.revoked', 'prize.won', 'points.changed',
];

/** Runs inside the publisher's transaction: what it writes commits or rolls back with the event. */
export type DomainEventObserver = (event: DomainEvent, manager: EntityManager) => Promise<void>;

/**
 * The in-transaction event hook: a domain says what happened with the transaction's manager, and
 * observers (webhooks, points) write their consequences in the same transaction. Anything that
 * leaves the process (an HTTP delivery) must go through afterCommit or a job, never run here.
 */
@Injectable()
export class DomainEvents {
  private readonly observers: DomainEventObserver[] = [];

  observe(observer: DomainEventObserver): void {
    this.observers.push(observer);
  }

  async publish(manager: EntityManager, event: DomainEvent): Promise<void> {
    for (const observer of this.observers) await observer(event, manager);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
