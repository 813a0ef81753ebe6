import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { DomainEvent, DomainEvents } from '../../core/events/domain-events';
import { BadUserInputError, NotFoundError } from '../../core/errors/app-errors';
import { Page } from '../../core/pagination/connection';
import { keysetPage } from '../../core/pagination/keyset-page';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { StoryStatus } from '../stories/story-status.enum';
import { CampaignPointsRulesEntity } from './campaign-points-rules.entity';
import { PointsEntryEntity } from './points-entry.entity';
import { Holding, PointsLedger, Settlement } from './points-ledger';
import { Subjects } from './points-reason';
import { NO_POINTS, POINTS_RULE_MAX, PointsRules } from './points-rules';

const RULE_KEYS: (keyof PointsRules)[] = ['storyApproved', 'storyFeatured', 'prizeWon', 'likeReceived', 'likeReceivedDailyCap'];

/** The rule a subject is held under: the one it was first credited with, else today's (rule changes are not retroactive). */
const basis = (held: Holding | undefined, current: number): number => held?.ruleAmount ?? current;

/**
 * Member points: what a campaign's rules give for a story approved, featured, a prize won and
 * likes received, kept right by recomputing targets (see PointsLedger). Story points follow
 * the domain events inside the deciding transaction; like points follow the likes through the
 * sweep (like-points-sweep.ts), so a like costs nothing more than it did.
 */
/** The domain events that can move a member's points. */
const POINTS_EVENTS = new Set<DomainEvent['type']>(['story.approved', 'story.removed', 'story.featured', 'prize.won']);

@Injectable()
export class PointsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: PointsLedger,
    private readonly events: DomainEvents,
    private readonly log: ModerationLogService,
  ) {}

  onModuleInit(): void {
    this.events.observe(async (event, manager) => {
      if (!POINTS_EVENTS.has(event.type)) return;
      // A campaign that never set rules has never given points (rules, once set, stay): nothing
      // to credit or take back, and a submission into it pays one lookup, not a settlement.
      if (!(await this.rulesOf(manager, event.campaignId))) return;
      switch (event.type) {
        case 'story.approved':
        case 'story.removed':
          // Approval (again) and removal move the story's like points too: its likes count only while it is APPROVED.
          return this.settleStory(manager, event.storyId, { likes: true });
        case 'story.featured':
          return this.settleStory(manager, event.storyId, { likes: false });
        case 'prize.won':
          return this.settleStory(manager, event.storyId, { likes: false });
        default:
          return;
      }
    });
  }

  async rulesOf(manager: EntityManager, campaignId: string): Promise<PointsRules | null> {
    return manager.findOneBy(CampaignPointsRulesEntity, { campaignId });
  }

  /** BRAND_STAFF and ADMIN (the resolver checks): integers 0..10000, logged as SET_POINTS_RULES. From now on, not retroactive. */
  async setRules(actor: Viewer, campaignId: string, input: PointsRules): Promise<void> {
    for (const key of RULE_KEYS) {
      const value = input[key];
      if (!Number.isInteger(value) || value < 0 || value > POINTS_RULE_MAX) {
        throw new BadUserInputError(`${key} must be a whole number from 0 to ${POINTS_RULE_MAX}.`, key);
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const [campaign] = await manager.query(`SELECT id FROM campaigns WHERE id = $1 FOR NO KEY UPDATE`, [campaignId]);
      if (!campaign) throw new NotFoundError('That campaign');
      const rules = Object.fromEntries(RULE_KEYS.map((key) => [key, input[key]])) as unknown as PointsRules;
      await manager.upsert(CampaignPointsRulesEntity, { campaignId, ...rules, updatedById: actor.id }, ['campaignId']);
      await this.log.record(
        { action: 'SET_POINTS_RULES', moderatorId: actor.id, campaignId, reason: RULE_KEYS.map((key) => `${key}=${rules[key]}`).join(' ') },
        manager,
      );
    });
  }

  /**
   * Brings every subject of one story to its target, for its author: approval (while APPROVED
   * and not deleted), a feature (ever featured, while APPROVED), each prize it won in published
   * results (while APPROVED), and with `likes` the author's like points in its campaign.
   */
  async settleStory(manager: EntityManager, storyId: string, options: { likes: boolean }): Promise<void> {
    const [story]: { author_id: string; campaign_id: string; live: boolean; ever_featured: boolean }[] = await manager.query(
      `SELECT s.author_id, s.campaign_id, (s.status = $2 AND s.deleted_at IS NULL) AS live,
              EXISTS (SELECT 1 FROM moderation_actions m WHERE m.story_id = s.id AND m.action = 'FEATURE') AS ever_featured
         FROM stories s WHERE s.id = $1`,
      [storyId, StoryStatus.APPROVED],
    );
    if (!story) return;
    const { author_id: userId, campaign_id: campaignId } = story;
    await this.ledger.lock(manager, userId);
    const rules = await this.rulesOf(manager, campaignId);
    const won: { prize_id: string }[] = await manager.query(
      `SELECT DISTINCT w.prize_id FROM prize_winners w JOIN campaign_results r ON r.campaign_id = w.campaign_id AND r.finalized_at IS NOT NULL
        WHERE w.story_id = $1 AND w.user_id = $2 AND w.status <> 'RESERVE'`,
      [storyId, userId],
    );
    const earlier: { subject: string }[] = await manager.query(
      `SELECT DISTINCT subject FROM points_entries WHERE user_id = $1 AND story_id = $2 AND subject LIKE 'prize:%'`,
      [userId, storyId],
    );
    const prizeSubjects = new Set([...won.map((w) => Subjects.prize(w.prize_id, storyId)), ...earlier.map((e) => e.subject)]);
    const wonSubjects = new Set(won.map((w) => Subjects.prize(w.prize_id, storyId)));
    const subjects = [Subjects.approved(storyId), Subjects.featured(storyId), ...prizeSubjects];
    const held = await this.ledger.holdings(manager, userId, subjects);
    if (!rules && !held.size && !options.likes) return;
    const current = rules ?? NO_POINTS;
    const settlement = (subject: string, base: Settlement['base'], rule: number, earned: boolean): Settlement => {
      const amount = basis(held.get(subject), rule);
      return { subject, base, campaignId, storyId, day: null, target: earned ? amount : 0, ruleAmount: amount, ruleCap: null };
    };
    await this.ledger.settle(manager, userId, held, [
      settlement(Subjects.approved(storyId), 'STORY_APPROVED', current.storyApproved, story.live),
      settlement(Subjects.featured(storyId), 'STORY_FEATURED', current.storyFeatured, story.live && story.ever_featured),
      ...[...prizeSubjects].map((subject) => settlement(subject, 'PRIZE_WON', current.prizeWon, story.live && wonSubjects.has(subject))),
    ]);
    if (options.likes) await this.settleLikes(manager, userId, campaignId, { locked: true });
  }

  /**
   * Brings an author's like points in one campaign to their targets, every day at once: for each
   * campaign-local day (the campaign's time zone), min(cap, per-like × counted likes given that
   * day on the author's stories that are APPROVED and not deleted). Days already credited keep
   * the rule they were first credited under. Unliked likes are gone from story_likes and voided
   * ones are counted = false, so both simply leave the count.
   */
  async settleLikes(manager: EntityManager, userId: string, campaignId: string, options: { locked?: boolean } = {}): Promise<number> {
    if (!options.locked) await this.ledger.lock(manager, userId);
    const rules = await this.rulesOf(manager, campaignId);
    const credited: { day: string }[] = await manager.query(
      `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM points_entries WHERE user_id = $1 AND campaign_id = $2 AND day IS NOT NULL`,
      [userId, campaignId],
    );
    if (!rules && !credited.length) return 0;
    const counts: { day: string; likes: number }[] = await manager.query(
      `SELECT to_char((l.created_at AT TIME ZONE c.time_zone)::date, 'YYYY-MM-DD') AS day, count(*)::int AS likes
         FROM stories s
         JOIN campaigns c ON c.id = s.campaign_id
         JOIN story_likes l ON l.story_id = s.id AND l.counted
        WHERE s.author_id = $1 AND s.campaign_id = $2 AND s.status = $3 AND s.deleted_at IS NULL
        GROUP BY 1`,
      [userId, campaignId, StoryStatus.APPROVED],
    );
    const likesOn = new Map(counts.map((c) => [c.day, c.likes]));
    const days = [...new Set([...counts.map((c) => c.day), ...credited.map((c) => c.day)])];
    const held = await this.ledger.holdings(manager, userId, days.map((day) => Subjects.likes(campaignId, day)));
    const current = rules ?? NO_POINTS;
    return this.ledger.settle(manager, userId, held, days.map((day): Settlement => {
      const subject = Subjects.likes(campaignId, day);
      const h = held.get(subject);
      const perLike = basis(h, current.likeReceived);
      const cap = h?.ruleCap ?? current.likeReceivedDailyCap;
      return { subject, base: 'LIKES_RECEIVED', campaignId, storyId: null, day, target: Math.min(cap, perLike * (likesOn.get(day) ?? 0)), ruleAmount: perLike, ruleCap: cap };
    }));
  }

  async balanceOf(userId: string): Promise<number> {
    const [row]: { balance: number }[] = await this.dataSource.query(`SELECT balance FROM points_balances WHERE user_id = $1`, [userId]);
    return row?.balance ?? 0;
  }

  /** The member's history, newest first. */
  history(userId: string, args: { first: number; after?: string | null }): Promise<Page<PointsEntryEntity>> {
    const query = this.dataSource.getRepository(PointsEntryEntity).createQueryBuilder('e').where('e.user_id = :userId', { userId });
    return keysetPage(query, { first: args.first, after: args.after, column: 'created_at', direction: 'DESC' });
  }
}
