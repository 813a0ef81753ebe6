import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../../core/events/domain-events';

/** A Standard Webhooks message id: `msg_` and 32 hex digits. */
export const newMessageId = () => `msg_${randomUUID().replace(/-/g, '')}`;

/**
 * The `data` of an event: ids, and a little context a receiver would otherwise fetch (the
 * campaign's slug, the story's title), never personal data beyond ids.
 */
export async function eventData(event: DomainEvent, manager: EntityManager): Promise<Record<string, unknown>> {
  const storyId = 'storyId' in event ? event.storyId : null;
  const [context]: { slug: string | null; title: string | null }[] = await manager.query(
    `SELECT c.slug, s.title FROM campaigns c LEFT JOIN stories s ON s.id = $2 AND s.campaign_id = c.id WHERE c.id = $1`,
    [event.campaignId, storyId],
  );
  const base = { campaignId: event.campaignId, campaignSlug: context?.slug ?? null };
  const story = { storyId, storyTitle: context?.title ?? null };
  switch (event.type) {
    case 'story.approved':
    case 'story.featured':
    case 'story.removed':
      return { ...base, ...story, authorId: event.authorId };
    case 'rights.granted':
    case 'rights.revoked':
      return { ...base, ...story, authorId: event.authorId, scopes: event.scopes };
    case 'prize.won':
      return { ...base, ...story, userId: event.userId, prizeName: event.prizeName };
    case 'points.changed':
      return { ...base, ...story, userId: event.userId, amount: event.amount, balance: event.balance, reason: event.reason };
  }
}
