import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { AppConfig } from '../../core/config/app-config';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/app-errors';
import { Scheduler } from '../../core/jobs/job-queue';
import { isBrandStaff } from '../accounts/role.enum';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { LikesService } from '../engagement/likes.service';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { ModerationLogService, ModerationRecord } from '../moderation/moderation-log.service';
import { publicStorySql } from '../stories/story-visibility';
import { StoryStatus } from '../stories/story-status.enum';
import { StoryEntity } from '../stories/story.entity';
import { CampaignResultEntity } from './campaign-result.entity';
import { ClaimCipher, ClaimDetails } from './claim-cipher';
import { countedLikeSql, eligibleAuthorSql, eligibleLikerSql } from './counted-likes';
import { drawPicks, entrantsHash, newSeed, sha256Hex, sortEntrants } from './draw';
import { WinnerMethod, WinnerStatus } from './finale.enums';
import { JudgeScoreEntity } from './judge-score.entity';
import { LikeVoidEntity } from './like-void.entity';
import { PrizeWinnerEntity } from './prize-winner.entity';
import { PrizeEntity } from './prize.entity';

export const CLAIM_RETENTION_DAYS = 60;

/** RANK: $1 campaign, $2 story ids already taken, $3 how many. Also run by scripts/bench-finale.ts. */
export const RANKED_STORIES_SQL = `WITH counted AS (
    SELECT l.story_id, count(*) AS likes, max(l.created_at) AS reached_at
    FROM story_likes l JOIN users u ON u.id = l.user_id JOIN campaigns c ON c.id = l.campaign_id
    WHERE l.campaign_id = $1 AND ${countedLikeSql()}
    GROUP BY l.story_id)
  SELECT s.id AS "storyId", s.author_id AS "userId"
  FROM counted k JOIN stories s ON s.id = k.story_id JOIN users a ON a.id = s.author_id
  WHERE ${publicStorySql('s')} AND ${eligibleAuthorSql('a')} AND s.id <> ALL($2::uuid[])
  ORDER BY k.likes DESC, k.reached_at ASC, s.id ASC
  LIMIT $3`;
const DAY = 24 * 3600_000;
/** Reserves drawn after the winners of each prize: as many as the prize has, at least two. */
export const reservesFor = (quantity: number) => Math.max(2, quantity);

export interface JudgingRow {
  story: StoryEntity;
  mine: JudgeScoreEntity | null;
  /** Every judge's score, the viewer's included; empty until the viewer has scored. */
  scores: JudgeScoreEntity[];
  judgeCount: number;
}

/** A judge sees the others' scores of a story only once they have scored it themself. */
export function visibleScores(judge: Viewer, scores: JudgeScoreEntity[]): Pick<JudgingRow, 'mine' | 'scores'> {
  const mine = scores.find((s) => s.judgeId === judge.id) ?? null;
  return { mine, scores: mine ? scores : [] };
}

export interface PrizeInputData {
  name: string;
  description?: string | null;
  quantity: number;
  method: WinnerMethod;
}

export interface ResultsView {
  campaign: CampaignEntity;
  finalizedAt: Date | null;
  prizes: { prize: PrizeEntity; winners: PrizeWinnerEntity[] }[];
  voidedLikeCount: number;
  /** Whether the seed and the winners may be shown (final, or brand staff looking at the draft). */
  revealed: boolean;
}

/**
 * The finale of a campaign: prizes, the pick of winners (RANK by counted likes, JUDGES by average
 * score, DRAW verifiable from public data), the final publication, claims and their expiry.
 * Every state change is written to the moderation log in the same transaction.
 */
@Injectable()
export class FinaleService implements OnModuleInit {
  private readonly logger = new Logger(FinaleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLogService,
    private readonly cipher: ClaimCipher,
    private readonly config: AppConfig,
    private readonly scheduler: Scheduler,
    private readonly likes: LikesService,
  ) {}

  onModuleInit(): void {
    this.scheduler.every('finale:claims', 60_000, () => this.sweepClaims().then(() => undefined));
    this.scheduler.every('finale:voided-likes', 60_000, () => this.sweepVoidedLikes().then(() => undefined));
  }

  // --- prizes -------------------------------------------------------------------------------

  async addPrize(actor: Viewer, campaignId: string, input: PrizeInputData, now = new Date()): Promise<PrizeEntity> {
    const name = input.name?.trim();
    if (!name || name.length > 200) throw new BadUserInputError('A prize needs a name of at most 200 characters.', 'name');
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 1000) {
      throw new BadUserInputError('The quantity must be 1 to 1000.', 'quantity');
    }
    const description = input.description?.trim() || null;
    if (description && description.length > 2000) throw new BadUserInputError('The description must be at most 2000 characters.', 'description');
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOne(CampaignEntity, { where: { id: campaignId }, lock: { mode: 'for_no_key_update' } });
      if (!campaign) throw new NotFoundError('That campaign');
      if (campaign.endsAt <= now) throw new BadUserInputError('Prizes can be added only until the campaign ends.', 'campaignId');
      const seed = input.method === WinnerMethod.DRAW ? newSeed() : null;
      const prize = await manager.save(PrizeEntity, manager.create(PrizeEntity, {
        campaignId, name, description, quantity: input.quantity, method: input.method,
        seed, commitment: seed ? sha256Hex(seed) : null, entrantsHash: null, entrants: null, drawnAt: null,
      }));
      await this.record(manager, { action: 'ADD_PRIZE', moderatorId: actor.id, campaignId, reason: `${input.method} ×${input.quantity}: ${name} (${prize.id})` });
      return prize;
    });
  }

  prizesOf(campaignIds: readonly string[]): Promise<PrizeEntity[]> {
    return this.dataSource.getRepository(PrizeEntity).find({ where: { campaignId: In([...campaignIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  // --- judges -------------------------------------------------------------------------------

  async scoreStory(judge: Viewer, storyId: string, score: number, note: string | null | undefined): Promise<void> {
    if (!Number.isInteger(score) || score < 1 || score > 10) throw new BadUserInputError('A score is a whole number from 1 to 10.', 'score');
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > 1000) throw new BadUserInputError('The note must be at most 1000 characters.', 'note');
    await this.dataSource.transaction(async (manager) => {
      const story = await manager.findOneBy(StoryEntity, { id: storyId });
      if (!story || story.deletedAt) throw new NotFoundError('That story');
      if (story.status !== StoryStatus.APPROVED) throw new BadUserInputError('Only APPROVED stories can be scored.', 'storyId');
      const results = await manager.findOneBy(CampaignResultEntity, { campaignId: story.campaignId });
      if (results?.finalizedAt) throw new ConflictError('The results of this campaign are final.');
      await manager.upsert(JudgeScoreEntity, { storyId, judgeId: judge.id, campaignId: story.campaignId, score, note: trimmed }, ['storyId', 'judgeId']);
    });
  }

  /**
   * The judges' console for one campaign: its public stories, oldest first, each with the
   * viewer's own score and the other judges' scores only once the viewer has scored that story
   * (so nobody anchors on a colleague's number), plus how many judges have scored it.
   */
  async judgingQueue(judge: Viewer, campaignId: string, first: number, offset: number): Promise<JudgingRow[]> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign || !canViewCampaign(judge, campaign)) throw new NotFoundError('That campaign');
    const stories = await this.dataSource.getRepository(StoryEntity).createQueryBuilder('s')
      .where('s.campaign_id = :campaignId', { campaignId })
      .andWhere(publicStorySql('s'))
      .orderBy('s.published_at', 'ASC').addOrderBy('s.id', 'ASC')
      .take(first).skip(offset)
      .getMany();
    const scores = stories.length
      ? await this.dataSource.getRepository(JudgeScoreEntity).find({ where: { storyId: In(stories.map((s) => s.id)) }, order: { updatedAt: 'ASC' } })
      : [];
    return stories.map((story) => {
      const all = scores.filter((s) => s.storyId === story.id);
      return { story, judgeCount: all.length, ...visibleScores(judge, all) };
    });
  }

  // --- likes that count ---------------------------------------------------------------------

  /**
   * The liker's likes stop counting everywhere from now on: the live counters and boards drop
   * them (LikesService.withdrawLikesOf), and every draft not yet final that they could have
   * swayed is made again, in the same transaction. Frozen boards and final results keep what they
   * published. Voiding twice changes nothing the second time. Returns how many likes they gave.
   */
  async voidLikesOf(moderator: Viewer, userId: string, reason: string, now = new Date()): Promise<number> {
    const why = reason?.trim();
    if (!why) throw new BadUserInputError('Say why these likes are voided.', 'reason');
    if (why.length > 1000) throw new BadUserInputError('The reason must be at most 1000 characters.', 'reason');
    const { count, withdrawn } = await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw new NotFoundError('That user');
      const inserted = await manager.createQueryBuilder().insert().into(LikeVoidEntity)
        .values({ userId, reason: why, voidedById: moderator.id }).orIgnore().returning(['userId']).execute();
      const isNew = inserted.raw.length > 0;
      const withdrawn = await this.likes.withdrawLikesOf(manager, userId);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM story_likes WHERE user_id = $1`, [userId]);
      await this.record(manager, {
        action: 'VOID_LIKES', moderatorId: moderator.id, targetUserId: userId,
        reason: `${count} likes${isNew ? '' : ' (voided already)'}: ${why}`,
      });
      const drafts: { campaignId: string }[] = withdrawn.length
        ? await manager.query(
            `SELECT campaign_id AS "campaignId" FROM campaign_results WHERE finalized_at IS NULL AND campaign_id = ANY($1::uuid[]) ORDER BY campaign_id`,
            [[...new Set(withdrawn.map((s) => s.campaignId))]],
          )
        : [];
      for (const { campaignId } of drafts) {
        const campaign = await manager.findOneOrFail(CampaignEntity, { where: { id: campaignId }, lock: { mode: 'pessimistic_write' } });
        // Finalised while we waited for the campaign's lock: final results keep what they published.
        if ((await manager.findOneBy(CampaignResultEntity, { campaignId }))?.finalizedAt) continue;
        await this.draft(manager, moderator.id, campaign, now, `redrawn after voiding the likes of ${userId}`);
      }
      return { count: Number(count), withdrawn };
    });
    this.likes.announce(withdrawn);
    return count;
  }

  /**
   * A like whose statement began a moment before a void committed counted itself; within a minute
   * this takes it out of the live counters too (the like's own flag keeps it from being taken out
   * twice). Drafts and results need nothing: they read like_voids themselves.
   */
  async sweepVoidedLikes(): Promise<number> {
    const withdrawn = await this.likes.withdrawLikesOf(this.dataSource.manager, null);
    this.likes.announce(withdrawn);
    return withdrawn.length;
  }

  async voidedLikeCount(campaignId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM story_likes l JOIN users u ON u.id = l.user_id JOIN campaigns c ON c.id = l.campaign_id
       WHERE l.campaign_id = $1 AND NOT (${eligibleLikerSql()})`,
      [campaignId],
    );
    return Number(count);
  }

  /**
   * Signals of like rings for moderators, three or more likers of the campaign at a time: accounts
   * created in the same hour (SAME_HOUR), and accounts that liked from one client address
   * (SAME_CLIENT, by the likes' pseudonymised client keys). With each group, how many of its
   * accounts liked only a few stories (≤ 3), all of them in this campaign.
   */
  async suspiciousLikers(campaignId: string, limit = 50) {
    return this.dataSource.query(
      `WITH likers AS (
         SELECT l.user_id, count(*)::int AS likes, count(DISTINCT l.story_id)::int AS stories
         FROM story_likes l WHERE l.campaign_id = $1 GROUP BY l.user_id),
       members AS (
         SELECT 'SAME_HOUR' AS signal, date_trunc('hour', u.created_at) AS created_hour, NULL::text AS client_key, u.id AS user_id
           FROM likers k JOIN users u ON u.id = k.user_id
         UNION ALL
         SELECT DISTINCT 'SAME_CLIENT', NULL::timestamptz, l.client_key, l.user_id
           FROM story_likes l WHERE l.campaign_id = $1 AND l.client_key IS NOT NULL)
       SELECT m.signal, m.created_hour, count(*)::int AS accounts, sum(k.likes)::int AS likes,
              count(*) FILTER (WHERE k.stories <= 3)::int AS narrow_accounts,
              (array_agg(m.user_id ORDER BY m.user_id))[1:20] AS user_ids,
              bool_or(EXISTS (SELECT 1 FROM like_voids v WHERE v.user_id = m.user_id)) AS some_voided
       FROM members m JOIN likers k ON k.user_id = m.user_id
       GROUP BY m.signal, m.created_hour, m.client_key HAVING count(*) >= 3
       ORDER BY count(*) FILTER (WHERE k.stories <= 3) DESC, count(*) DESC LIMIT $2`,
      [campaignId, limit],
    );
  }

  // --- picking winners ----------------------------------------------------------------------

  async drawWinners(actor: Viewer, campaignId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const campaign = await manager.findOne(CampaignEntity, { where: { id: campaignId }, lock: { mode: 'pessimistic_write' } });
      if (!campaign) throw new NotFoundError('That campaign');
      if (campaign.endsAt > now) throw new BadUserInputError('Winners can be drawn only after the campaign has ended.', 'campaignId');
      const existing = await manager.findOneBy(CampaignResultEntity, { campaignId });
      if (existing?.finalizedAt) throw new ConflictError('The results of this campaign are final and cannot be drawn again.');
      if (!(await manager.existsBy(PrizeEntity, { campaignId }))) throw new BadUserInputError('Add a prize before drawing winners.', 'campaignId');
      await this.draft(manager, actor.id, campaign, now, existing ? 'redrawn' : 'drawn');
    });
  }

  /**
   * (Re)makes the draft of an ended campaign whose results are not final: winners and reserves of
   * every prize, in the caller's transaction, with the campaign row locked by the caller.
   */
  private async draft(manager: EntityManager, actorId: string, campaign: CampaignEntity, now: Date, why: string): Promise<void> {
    const campaignId = campaign.id;
    const prizes = await manager.find(PrizeEntity, { where: { campaignId }, order: { createdAt: 'ASC', id: 'ASC' } });
    // Stories brand staff disqualified from an earlier draft stay out of this one.
    const disqualified = await manager.find(PrizeWinnerEntity, { where: { campaignId, status: WinnerStatus.FORFEITED }, select: { storyId: true } });
    await manager.delete(PrizeWinnerEntity, { campaignId });
    const taken: string[] = disqualified.map((w) => w.storyId);
    for (const prize of prizes) {
      const count = prize.quantity + reservesFor(prize.quantity);
      let picks: { storyId: string; userId: string }[];
      if (prize.method === WinnerMethod.DRAW) {
        const entrants = await this.drawEntrants(manager, campaign, taken);
        const sorted = sortEntrants(entrants.map((e) => e.storyId));
        const authors = new Map(entrants.map((e) => [e.storyId, e.userId]));
        picks = drawPicks(prize.seed!, sorted, count).map((storyId) => ({ storyId, userId: authors.get(storyId)! }));
        await manager.update(PrizeEntity, { id: prize.id }, { entrantsHash: entrantsHash(sorted), entrants: sorted.join('\n'), drawnAt: now });
      } else if (prize.method === WinnerMethod.JUDGES) {
        picks = await this.judged(manager, campaign, taken, count);
      } else {
        picks = await this.ranked(manager, campaign, taken, count);
      }
      taken.push(...picks.slice(0, prize.quantity).map((p) => p.storyId));
      if (picks.length) {
        await manager.insert(PrizeWinnerEntity, picks.map((pick, index) => ({
          prizeId: prize.id, campaignId, storyId: pick.storyId, userId: pick.userId, place: index + 1,
          status: index < prize.quantity ? WinnerStatus.NOTIFIED : WinnerStatus.RESERVE,
          claimDeadline: null, claimCiphertext: null, claimedAt: null, claimErasedAt: null,
        })));
      }
    }
    const voided = await this.voidedLikeCount(campaignId, manager);
    await manager.upsert(CampaignResultEntity, { campaignId, drawnAt: now, finalizedAt: null, voidedLikeCount: voided }, ['campaignId']);
    await this.record(manager, {
      action: 'DRAW_WINNERS', moderatorId: actorId, campaignId,
      reason: `${why}: ${prizes.length} prizes, ${voided} likes not counted`,
    });
  }

  /** RANK: counted likes, ties to the story that reached its count first (its last counted like is earliest). */
  private async ranked(manager: EntityManager, campaign: CampaignEntity, taken: string[], count: number) {
    const rows: { storyId: string; userId: string }[] = await manager.query(
      RANKED_STORIES_SQL,
      [campaign.id, taken, count],
    );
    return rows;
  }

  /** JUDGES: the highest average of at least two judges; ties to more judges, then to the earlier story. */
  private async judged(manager: EntityManager, campaign: CampaignEntity, taken: string[], count: number) {
    const rows: { storyId: string; userId: string }[] = await manager.query(
      `SELECT s.id AS "storyId", s.author_id AS "userId"
       FROM judge_scores j JOIN stories s ON s.id = j.story_id JOIN users a ON a.id = s.author_id
       WHERE j.campaign_id = $1 AND ${publicStorySql('s')} AND ${eligibleAuthorSql('a')} AND s.id <> ALL($2::uuid[])
       GROUP BY s.id, s.author_id, s.published_at
       HAVING count(*) >= 2
       ORDER BY avg(j.score) DESC, count(*) DESC, s.published_at ASC, s.id ASC
       LIMIT $3`,
      [campaign.id, taken, count],
    );
    return rows;
  }

  /** DRAW entrants: APPROVED, not removed or deleted, author not suspended, one entry per author (their first story). */
  private async drawEntrants(manager: EntityManager, campaign: CampaignEntity, taken: string[]) {
    const rows: { storyId: string; userId: string }[] = await manager.query(
      `SELECT DISTINCT ON (s.author_id) s.id AS "storyId", s.author_id AS "userId"
       FROM stories s JOIN users a ON a.id = s.author_id
       WHERE s.campaign_id = $1 AND ${publicStorySql('s')} AND ${eligibleAuthorSql('a')} AND s.id <> ALL($2::uuid[])
       ORDER BY s.author_id, s.published_at ASC, s.id ASC`,
      [campaign.id, taken],
    );
    return rows;
  }

  // --- publication --------------------------------------------------------------------------

  /** Freezes the draft forever: disqualified winners give way to reserves, the winners get their claim deadline. */
  async finalizeResults(actor: Viewer, campaignId: string, now = new Date()): Promise<PrizeWinnerEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      // Campaign row first, as drawWinners, voidLikesOf and disqualifyWinner take it: one lock order, no deadlock.
      await manager.findOne(CampaignEntity, { where: { id: campaignId }, lock: { mode: 'pessimistic_write' } });
      const results = await manager.findOne(CampaignResultEntity, { where: { campaignId }, lock: { mode: 'pessimistic_write' } });
      if (!results) {
        if (!(await manager.existsBy(CampaignEntity, { id: campaignId }))) throw new NotFoundError('That campaign');
        throw new BadUserInputError('Draw the winners before finalising.', 'campaignId');
      }
      if (results.finalizedAt) throw new ConflictError('These results are already final.');
      const deadline = new Date(now.getTime() + this.config.PRIZE_CLAIM_DAYS * DAY);
      const told = await this.fillPlaces(manager, campaignId, actor.id, deadline, { disqualifyOnly: true });
      await manager.update(PrizeWinnerEntity, { campaignId, status: WinnerStatus.NOTIFIED }, { claimDeadline: deadline });
      await manager.update(CampaignResultEntity, { campaignId }, { finalizedAt: now });
      await this.record(manager, { action: 'FINALIZE_RESULTS', moderatorId: actor.id, campaignId, reason: `claim by ${deadline.toISOString()}` });
      return [...told, ...(await manager.find(PrizeWinnerEntity, { where: { campaignId, status: WinnerStatus.NOTIFIED } }))]
        .filter((w, i, all) => all.findIndex((x) => x.id === w.id) === i);
    });
  }

  /**
   * Takes out NOTIFIED winners who may no longer win (story removed or deleted, author suspended)
   * or, with `expired`, whose deadline passed, and moves the next reserve up for each, logged.
   * Returns the reserves promoted.
   */
  private async fillPlaces(
    manager: EntityManager, campaignId: string, actorId: string, deadline: Date | null,
    options: { disqualifyOnly?: boolean; now?: Date; disqualify?: { winnerId: string; reason: string }; draft?: boolean } = {},
  ): Promise<PrizeWinnerEntity[]> {
    const promoted: PrizeWinnerEntity[] = [];
    const winners = await manager.find(PrizeWinnerEntity, { where: { campaignId }, order: { prizeId: 'ASC', place: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const storyIds = [...new Set(winners.map((w) => w.storyId))];
    const eligible = new Set<string>(
      storyIds.length
        ? (await manager.query(
            `SELECT s.id FROM stories s JOIN users a ON a.id = s.author_id
             WHERE s.id = ANY($1::uuid[]) AND ${publicStorySql('s')} AND ${eligibleAuthorSql('a')}`,
            [storyIds],
          )).map((r: { id: string }) => r.id)
        : [],
    );
    const byPrize = new Map<string, PrizeWinnerEntity[]>();
    for (const w of winners) byPrize.set(w.prizeId, [...(byPrize.get(w.prizeId) ?? []), w]);
    for (const list of byPrize.values()) {
      for (const winner of list.filter((w) => w.status === WinnerStatus.NOTIFIED)) {
        const forced = options.disqualify?.winnerId === winner.id;
        const disqualified = forced || !eligible.has(winner.storyId);
        const expired = !options.disqualifyOnly && !!winner.claimDeadline && options.now && winner.claimDeadline <= options.now;
        if (!disqualified && !expired) continue;
        winner.status = WinnerStatus.FORFEITED;
        await manager.update(PrizeWinnerEntity, { id: winner.id }, { status: WinnerStatus.FORFEITED });
        const reserve = list.find((w) => w.status === WinnerStatus.RESERVE && eligible.has(w.storyId));
        const why = forced ? options.disqualify!.reason : disqualified ? 'story removed or deleted, or author suspended' : 'not claimed by the deadline';
        await this.record(manager, {
          action: disqualified ? 'DISQUALIFY_WINNER' : 'FORFEIT_PRIZE', moderatorId: actorId, campaignId,
          storyId: winner.storyId, targetUserId: winner.userId,
          // A draft's reserve moving up is part of this entry: PROMOTE_RESERVE tells a winner, and nobody is told of a draft.
          reason: `place ${winner.place} of prize ${winner.prizeId}: ${why}${options.draft && reserve ? `; place ${reserve.place} moves up in the draft` : ''}`,
        });
        if (!reserve) continue;
        reserve.status = WinnerStatus.NOTIFIED;
        reserve.claimDeadline = deadline;
        await manager.update(PrizeWinnerEntity, { id: reserve.id }, { status: WinnerStatus.NOTIFIED, claimDeadline: deadline });
        if (!options.draft) {
          await this.record(manager, {
            action: 'PROMOTE_RESERVE', moderatorId: actorId, campaignId, storyId: reserve.storyId, targetUserId: reserve.userId,
            reason: `place ${reserve.place} of prize ${reserve.prizeId} replaces place ${winner.place}`,
          });
        }
        promoted.push(reserve);
      }
    }
    return promoted;
  }

  /**
   * Brand staff take a NOTIFIED winner out (a broken rule the automatic checks cannot see); the
   * next eligible reserve moves up, with a claim deadline if the results are final. In a draft,
   * the story stays out of every redraw. Returns the campaign's id and, once final, the reserve
   * promoted (who is to be told, as after finalizeResults).
   */
  async disqualifyWinner(actor: Viewer, winnerId: string, reason: string, now = new Date()): Promise<{ campaignId: string; promoted: PrizeWinnerEntity[] }> {
    const why = reason?.trim();
    if (!why || why.length > 1000) throw new BadUserInputError('Say why (at most 1000 characters).', 'reason');
    return this.dataSource.transaction(async (manager) => {
      const winner = await manager.findOneBy(PrizeWinnerEntity, { id: winnerId });
      if (!winner) throw new NotFoundError('That winner');
      await manager.findOne(CampaignEntity, { where: { id: winner.campaignId }, lock: { mode: 'pessimistic_write' } });
      const results = await manager.findOneByOrFail(CampaignResultEntity, { campaignId: winner.campaignId });
      const current = await manager.findOneByOrFail(PrizeWinnerEntity, { id: winnerId });
      if (current.status !== WinnerStatus.NOTIFIED) throw new ConflictError('Only a winner waiting for their prize can be disqualified.');
      const deadline = results.finalizedAt ? new Date(now.getTime() + this.config.PRIZE_CLAIM_DAYS * DAY) : null;
      const promoted = await this.fillPlaces(manager, winner.campaignId, actor.id, deadline, {
        disqualifyOnly: true, disqualify: { winnerId, reason: why }, draft: !results.finalizedAt,
      });
      return { campaignId: winner.campaignId, promoted: results.finalizedAt ? promoted : [] };
    });
  }

  // --- claims -------------------------------------------------------------------------------

  async claimPrize(viewer: Viewer, winnerId: string, details: ClaimDetails, now = new Date()): Promise<PrizeWinnerEntity> {
    const clean = validateClaim(details);
    return this.dataSource.transaction(async (manager) => {
      const winner = await manager.findOne(PrizeWinnerEntity, { where: { id: winnerId }, lock: { mode: 'pessimistic_write' } });
      if (!winner) throw new NotFoundError('That prize');
      if (winner.userId !== viewer.id) throw new ForbiddenError('Only the winner can claim this prize.');
      const results = await manager.findOneBy(CampaignResultEntity, { campaignId: winner.campaignId });
      if (!results?.finalizedAt) throw new NotFoundError('That prize');
      if (winner.status === WinnerStatus.CLAIMED) throw new ConflictError('This prize is already claimed.');
      if (winner.status !== WinnerStatus.NOTIFIED) throw new ConflictError('This place has no prize to claim.');
      if (winner.claimDeadline && winner.claimDeadline <= now) throw new ConflictError('The deadline to claim this prize has passed.');
      const claimCiphertext = this.cipher.seal(clean, winner.id);
      await manager.update(PrizeWinnerEntity, { id: winner.id }, { status: WinnerStatus.CLAIMED, claimCiphertext, claimedAt: now });
      await this.record(manager, {
        action: 'CLAIM_PRIZE', moderatorId: viewer.id, campaignId: winner.campaignId, storyId: winner.storyId, targetUserId: winner.userId,
        reason: `place ${winner.place} of prize ${winner.prizeId}`,
      });
      return manager.findOneByOrFail(PrizeWinnerEntity, { id: winner.id });
    });
  }

  /** An erased account's prize claims (name, phone, address) go now; its places in the results stay. */
  async eraseClaimsOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(PrizeWinnerEntity, { userId, claimCiphertext: Not(IsNull()) }, { claimCiphertext: null, claimErasedAt: new Date() });
  }

  /** The decrypted claim for brand staff and admins; null for everyone else and once erased. */
  claimFor(viewer: Viewer | null, winner: PrizeWinnerEntity): (ClaimDetails & { claimedAt: Date }) | null {
    if (!viewer || !isBrandStaff(viewer) || !winner.claimCiphertext || !winner.claimedAt) return null;
    return { ...this.cipher.open(winner.claimCiphertext, winner.id), claimedAt: winner.claimedAt };
  }

  /**
   * The scheduled half: unclaimed prizes past their deadline are FORFEITED and the next reserve is
   * NOTIFIED with a fresh deadline; claims are erased 60 days after they were made. Logged as
   * the campaign's creator (no person acts; the campaign owns the rule).
   */
  async sweepClaims(now = new Date()): Promise<{ forfeited: number; erased: number; promoted: PrizeWinnerEntity[] }> {
    const promoted: PrizeWinnerEntity[] = [];
    let forfeited = 0;
    const due: { campaignId: string; createdById: string }[] = await this.dataSource.query(
      `SELECT DISTINCT w.campaign_id AS "campaignId", c.created_by_id AS "createdById"
       FROM prize_winners w JOIN campaigns c ON c.id = w.campaign_id
       WHERE w.status = 'NOTIFIED' AND w.claim_deadline <= $1`,
      [now],
    );
    for (const { campaignId, createdById } of due) {
      await this.dataSource.transaction(async (manager) => {
        const before = await manager.countBy(PrizeWinnerEntity, { campaignId, status: WinnerStatus.FORFEITED });
        const deadline = new Date(now.getTime() + this.config.PRIZE_CLAIM_DAYS * DAY);
        promoted.push(...(await this.fillPlaces(manager, campaignId, createdById, deadline, { now })));
        forfeited += (await manager.countBy(PrizeWinnerEntity, { campaignId, status: WinnerStatus.FORFEITED })) - before;
      });
    }
    const cutoff = new Date(now.getTime() - CLAIM_RETENTION_DAYS * DAY);
    const erasable: { id: string; campaignId: string; userId: string; createdById: string }[] = await this.dataSource.query(
      `SELECT w.id, w.campaign_id AS "campaignId", w.user_id AS "userId", c.created_by_id AS "createdById"
       FROM prize_winners w JOIN campaigns c ON c.id = w.campaign_id
       WHERE w.claim_ciphertext IS NOT NULL AND w.claimed_at <= $1`,
      [cutoff],
    );
    for (const row of erasable) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(PrizeWinnerEntity, { id: row.id }, { claimCiphertext: null, claimErasedAt: now });
        await this.record(manager, {
          action: 'ERASE_CLAIM', moderatorId: row.createdById, campaignId: row.campaignId, targetUserId: row.userId,
          reason: `claim details erased ${CLAIM_RETENTION_DAYS} days after the claim`,
        });
      });
    }
    if (forfeited || erasable.length) this.logger.log(`claims: ${forfeited} forfeited, ${erasable.length} erased`);
    return { forfeited, erased: erasable.length, promoted };
  }

  // --- reading ------------------------------------------------------------------------------

  async results(viewer: Viewer | null, campaignId: string): Promise<ResultsView> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign || !canViewCampaign(viewer, campaign)) throw new NotFoundError('That campaign');
    const stored = await this.dataSource.getRepository(CampaignResultEntity).findOneBy({ campaignId });
    const staff = !!viewer && isBrandStaff(viewer);
    const revealed = !!stored?.finalizedAt || (staff && !!stored);
    const prizes = await this.prizesOf([campaignId]);
    const winners = revealed
      ? await this.dataSource.getRepository(PrizeWinnerEntity).find({ where: { campaignId }, order: { place: 'ASC' } })
      : [];
    return {
      campaign,
      finalizedAt: stored?.finalizedAt ?? null,
      prizes: prizes.map((prize) => ({ prize, winners: winners.filter((w) => w.prizeId === prize.id) })),
      voidedLikeCount: stored?.finalizedAt ? stored.voidedLikeCount : await this.voidedLikeCount(campaignId),
      revealed,
    };
  }

  /** The viewer's places that won (not the reserves still waiting), in final results only. */
  myWins(viewer: Viewer): Promise<PrizeWinnerEntity[]> {
    return this.dataSource.getRepository(PrizeWinnerEntity).createQueryBuilder('w')
      .innerJoin(CampaignResultEntity, 'r', 'r.campaign_id = w.campaign_id AND r.finalized_at IS NOT NULL')
      .where('w.user_id = :id AND w.status <> :reserve', { id: viewer.id, reserve: WinnerStatus.RESERVE })
      .orderBy('w.created_at', 'DESC')
      .getMany();
  }

  private record(manager: EntityManager, entry: ModerationRecord): Promise<void> {
    return this.log.record(entry, manager);
  }
}

function validateClaim(details: ClaimDetails): ClaimDetails {
  const recipientName = details.recipientName?.trim() ?? '';
  const phone = details.phone?.trim() ?? '';
  const address = details.address?.trim() ?? '';
  if (!recipientName || recipientName.length > 100) throw new BadUserInputError('Give the recipient’s name (at most 100 characters).', 'recipientName');
  if (!/^\+?[\d\s()-]{5,30}$/.test(phone)) throw new BadUserInputError('Give a phone number of 5 to 30 digits.', 'phone');
  if (address.length < 5 || address.length > 500) throw new BadUserInputError('Give a postal address (5 to 500 characters).', 'address');
  return { recipientName, phone, address };
}
