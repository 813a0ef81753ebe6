import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvent, DomainEvents } from '../../core/events/domain-events';
import { openWinnersOf } from '../finale/open-winners';
import { ModerationLogService, ModerationRecord } from './moderation-log.service';

type Translation = (entry: ModerationRecord, manager: EntityManager) => Promise<DomainEvent[]>;

const storyEvent = (type: 'story.approved' | 'story.featured' | 'story.removed'): Translation => async (entry, manager) => {
  if (!entry.storyId) return [];
  const [story]: { campaign_id: string; author_id: string }[] = await manager.query(`SELECT campaign_id, author_id FROM stories WHERE id = $1`, [entry.storyId]);
  return story ? [{ type, campaignId: story.campaign_id, storyId: entry.storyId, authorId: story.author_id }] : [];
};

const prizesWon: Translation = async (entry, manager) =>
  (await openWinnersOf(entry, manager)).map((w) => ({ type: 'prize.won', campaignId: entry.campaignId!, storyId: w.story_id, userId: w.user_id, prizeName: w.prize_name }));

/**
 * The logged decisions the brand's systems hear of. A story approved without review (a campaign
 * that does not moderate) is published by the stories service itself, which is where that happens.
 */
const TRANSLATIONS: Partial<Record<ModerationRecord['action'], Translation>> = {
  APPROVE: storyEvent('story.approved'),
  RESTORE: storyEvent('story.approved'),
  FEATURE: storyEvent('story.featured'),
  REMOVE: storyEvent('story.removed'),
  DELETE_STORY: storyEvent('story.removed'),
  FINALIZE_RESULTS: prizesWon,
  PROMOTE_RESERVE: prizesWon,
};

/** Follows the moderation log and says what it records as domain events, in the same transaction. */
@Injectable()
export class LoggedDomainEvents implements OnModuleInit {
  constructor(
    private readonly log: ModerationLogService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.log.observe(async (entry, manager) => {
      const translate = TRANSLATIONS[entry.action];
      if (!translate) return;
      for (const event of await translate(entry, manager)) await this.events.publish(manager, event);
    });
  }
}
