import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../core/errors/app-errors';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { Campaign } from '../campaigns/models/campaign.model';
import { publicStorySql } from '../stories/story-visibility';
import { CampaignStats, HashtagCount } from './models/campaign-stats.model';

/**
 * Public engagement counts only what the public sees: likes still in the stories' counters (not
 * voided by a moderator) and visible comments, on APPROVED stories.
 */
const PUBLIC_STORY = publicStorySql('s');
/**
 * Likes and comments are counted with a range scan of the campaign's rows, less those on the
 * (few) stories that are not public: much cheaper than joining every like to its story.
 */
const ON_PUBLIC_STORY = (alias: string) =>
  `${alias}.story_id NOT IN (SELECT id FROM stories WHERE campaign_id = $1 AND NOT (${publicStorySql()}))`;
/** The calendar day (UTC) of a timestamp column, as YYYY-MM-DD. */
const DAY = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
/** The daily series covers at most this many days (a campaign longer than a year shows its last year). */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * A campaign's numbers for its team, computed by SQL aggregates over indexes (never by loading
 * rows into Node), so they agree exactly with what the feeds and leaderboards show.
 */
@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async campaignStats(campaignId: string): Promise<CampaignStats> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign) throw new NotFoundError('That campaign');

    // Independent aggregates, run side by side (on PostgreSQL each on its own connection).
    const [[stories], submittedByDay, likesByDay, commentsByDay, topHashtags] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS submitted,
                count(*) FILTER (WHERE ${publicStorySql()})::int AS approved,
                count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
                count(DISTINCT author_id)::int AS participants,
                count(*) FILTER (WHERE ${publicStorySql()} AND usage_rights_granted)::int AS rights,
                count(*) FILTER (WHERE ${publicStorySql()} AND featured_at IS NOT NULL)::int AS featured
           FROM stories
          WHERE campaign_id = $1 AND deleted_at IS NULL`,
        [campaignId],
      ),
      this.countByDay(
        `SELECT ${DAY('created_at')} AS day, count(*)::int AS n FROM stories
          WHERE campaign_id = $1 AND deleted_at IS NULL GROUP BY 1`,
        campaignId,
      ),
      this.countByDay(
        `SELECT ${DAY('l.created_at')} AS day, count(*)::int AS n FROM story_likes l
          WHERE l.campaign_id = $1 AND l.counted AND ${ON_PUBLIC_STORY('l')} GROUP BY 1`,
        campaignId,
      ),
      this.countByDay(
        `SELECT ${DAY('c.created_at')} AS day, count(*)::int AS n FROM comments c
          WHERE c.campaign_id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${ON_PUBLIC_STORY('c')} GROUP BY 1`,
        campaignId,
      ),
      this.topHashtags(campaignId),
    ]);
    const likeCount = total(likesByDay);
    const commentCount = total(commentsByDay);

    return {
      campaign: Campaign.from(campaign),
      storyCount: stories.submitted,
      approvedStoryCount: stories.approved,
      pendingStoryCount: stories.pending,
      participantCount: stories.participants,
      likeCount,
      commentCount,
      usageRightsGrantedCount: stories.rights,
      engagementPerApprovedStory: stories.approved ? round2((likeCount + commentCount) / stories.approved) : 0,
      funnel: {
        participants: stories.participants,
        submitted: stories.submitted,
        approved: stories.approved,
        usageRightsGranted: stories.rights,
        featured: stories.featured,
      },
      topHashtags,
      daily: campaignDays(campaign).map((date) => ({
        date,
        stories: submittedByDay.get(date) ?? 0,
        likes: likesByDay.get(date) ?? 0,
        comments: commentsByDay.get(date) ?? 0,
      })),
    };
  }

  /** Every day with activity, so that totals are the sums of the days (likes may come after the end). */
  private async countByDay(sql: string, campaignId: string): Promise<Map<string, number>> {
    const rows: { day: string; n: number }[] = await this.dataSource.query(sql, [campaignId]);
    return new Map(rows.map((row) => [row.day, row.n]));
  }

  /** Each story counts once per tag (stories.hashtags is kept by a trigger when the body is written). */
  private async topHashtags(campaignId: string): Promise<HashtagCount[]> {
    return this.dataSource.query(
      `SELECT tag, count(*)::int AS stories
         FROM stories s, unnest(s.hashtags) AS tag
        WHERE s.campaign_id = $1 AND ${PUBLIC_STORY}
        GROUP BY tag
        ORDER BY stories DESC, tag
        LIMIT 10`,
      [campaignId],
    );
  }
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** The UTC days from the campaign's start to today or its end, whichever comes first (at most a year). */
export function campaignDays(campaign: Pick<CampaignEntity, 'startsAt' | 'endsAt'>, now = new Date()): string[] {
  const last = new Date(Math.min(now.getTime(), campaign.endsAt.getTime()));
  if (last < campaign.startsAt) return [];
  const firstDay = Date.parse(campaign.startsAt.toISOString().slice(0, 10));
  const days: string[] = [];
  for (let day = Date.parse(last.toISOString().slice(0, 10)); day >= firstDay && days.length < MAX_DAYS; day -= DAY_MS) {
    days.unshift(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
