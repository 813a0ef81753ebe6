import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TokenService } from '../../core/auth/token.service';
import { canonicalId, isId } from '../../core/graphql/id.pipe';
import { publicStorySql } from '../stories/story-visibility';

/** Link-preview fetchers and search crawlers open shared links too; they are not visitors. */
const CRAWLER = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|telegram|discord|slack|headless|curl|wget|python-requests/i;

/** A sign-up is credited to a shared-link visit from the same visitor within this many days (today and yesterday). */
const ATTRIBUTION_DAYS = 2;

export interface VisitInput {
  sharerId: string;
  campaignId: string;
  ip: string;
  userAgent: string;
}

export interface SharerCount {
  sharerId: string;
  visits: number;
  signups: number;
}

export interface ReferralCounts {
  visits: number;
  signups: number;
  /** Stories in the campaign by the accounts those sign-ups created. */
  stories: number;
}

/**
 * Attribution of shared links: visits through ?ref= (once per visitor, campaign and day) and the
 * accounts created after them. The one writer of referral_visits.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /** Records the visit unless it is a crawler's, the sharer does not exist, or the visitor already came today. */
  async recordVisit(visit: VisitInput, now = new Date()): Promise<void> {
    if (!isId(visit.sharerId) || CRAWLER.test(visit.userAgent)) return;
    const day = utcDay(now);
    await this.dataSource.query(
      `INSERT INTO referral_visits (campaign_id, sharer_id, day, visitor_key)
       SELECT $1, u.id, $3, $4 FROM users u WHERE u.id = $2
       ON CONFLICT (campaign_id, day, visitor_key) DO NOTHING`,
      [visit.campaignId, canonicalId(visit.sharerId), day, this.visitorKey(visit, day)],
    );
  }

  /**
   * Credits a new account to the latest shared-link visit the same visitor made today or yesterday
   * (not to their own link). Called by sign-up; failure to credit never fails a sign-up.
   */
  async attributeSignup(userId: string, client: { ip: string; userAgent: string }, now = new Date()): Promise<void> {
    const keys = Array.from({ length: ATTRIBUTION_DAYS }, (_, i) => this.visitorKey(client, utcDay(new Date(now.getTime() - i * 86_400_000))));
    await this.dataSource.query(
      `UPDATE referral_visits SET signup_user_id = $1
        WHERE id = (SELECT id FROM referral_visits
                     WHERE visitor_key = ANY($2) AND signup_user_id IS NULL AND sharer_id <> $1
                     ORDER BY created_at DESC LIMIT 1)`,
      [userId, keys],
    );
  }

  async countsFor(campaignId: string): Promise<ReferralCounts> {
    const [row] = await this.dataSource.query<{ visits: string; signups: string; stories: string }[]>(
      `SELECT count(*) AS visits, count(v.signup_user_id) AS signups,
              (SELECT count(*) FROM stories s
                WHERE s.campaign_id = $1 AND ${publicStorySql('s')}
                  AND s.author_id IN (SELECT signup_user_id FROM referral_visits WHERE campaign_id = $1)) AS stories
         FROM referral_visits v WHERE v.campaign_id = $1`,
      [campaignId],
    );
    return { visits: Number(row.visits), signups: Number(row.signups), stories: Number(row.stories) };
  }

  /** The sharers who brought the most visits to the campaign, then the most sign-ups. */
  async topSharers(campaignId: string, limit: number): Promise<SharerCount[]> {
    const rows = await this.dataSource.query<{ sharer_id: string; visits: string; signups: string }[]>(
      `SELECT sharer_id, count(*) AS visits, count(signup_user_id) AS signups
         FROM referral_visits WHERE campaign_id = $1
        GROUP BY sharer_id ORDER BY visits DESC, signups DESC, sharer_id LIMIT $2`,
      [campaignId, limit],
    );
    return rows.map((row) => ({ sharerId: row.sharer_id, visits: Number(row.visits), signups: Number(row.signups) }));
  }

  private visitorKey(client: { ip: string; userAgent: string }, day: string): string {
    return this.tokens.pseudonym('referral-visitor', `${day}\n${client.ip}\n${client.userAgent}`);
  }
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
