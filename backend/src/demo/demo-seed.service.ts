import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { AppConfig } from '../core/config/app-config';
import { JobQueue } from '../core/jobs/job-queue';
import { RateLimiter } from '../core/rate-limit/rate-limiter.service';
import { MediaStorage } from '../core/storage/media-storage';
import { hashPassword } from '../modules/accounts/password-hash';
import { Role } from '../modules/accounts/role.enum';
import { UserEntity } from '../modules/accounts/user.entity';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { CampaignsService } from '../modules/campaigns/campaigns.service';
import { SUGGESTED_POINTS_RULES } from '../modules/points/points-rules';
import { PointsService } from '../modules/points/points.service';
import { ProductsService } from '../modules/products/products.service';
import { CommentsService } from '../modules/engagement/comments.service';
import { FeaturingService } from '../modules/stories/featuring.service';
import { LikesService } from '../modules/engagement/likes.service';
import { WinnerMethod, WinnerStatus } from '../modules/finale/finale.enums';
import { FinaleService } from '../modules/finale/finale.service';
import { FeedRanking } from '../modules/stories/feeds/feed-ranking.service';
import { LeaderboardsService } from '../modules/leaderboards/leaderboards.service';
import { ModerationDecision } from '../modules/moderation/moderation.enums';
import { ModerationService } from '../modules/moderation/moderation.service';
import { PhotosService } from '../modules/photos/photos.service';
import { StoryStatus } from '../modules/stories/story-status.enum';
import { StoriesService } from '../modules/stories/stories.service';
import { DEMO_ACCOUNTS, DEMO_CAMPAIGNS, DEMO_CLAIM, DEMO_COMMENTS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_REPLIES, DemoCampaign } from './demo-content';
import { drawIllustration, Illustration } from './demo-illustrations';

const DAY = 86_400_000;

/**
 * On first start with an empty database (no campaign yet), fills the product with a believable
 * demo through the same services people use: three campaigns (two running, one ended with its
 * leaderboard frozen and its finale done: prizes, judges' scores, a published draw, a claim), about thirty stories with photos drawn here, likes, comments and replies,
 * featured picks, stories waiting for review, and one account per role. Off with SEED_DEMO=0.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly jobs: JobQueue,
    private readonly storage: MediaStorage,
    private readonly campaigns: CampaignsService,
    private readonly photos: PhotosService,
    private readonly stories: StoriesService,
    private readonly moderation: ModerationService,
    private readonly featuring: FeaturingService,
    private readonly likes: LikesService,
    private readonly comments: CommentsService,
    private readonly leaderboards: LeaderboardsService,
    private readonly ranking: FeedRanking,
    private readonly finale: FinaleService,
    private readonly points: PointsService,
    private readonly products: ProductsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo || (await this.dataSource.getRepository(CampaignEntity).exists())) return;
    try {
      await this.limiter.withoutLimits(() => this.seed());
    } catch (error) {
      // Another instance seeding at the same moment wins the unique slugs; the demo is not vital.
      this.logger.warn(`demo not seeded: ${error instanceof Error ? error.message : error}`);
    }
  }

  async seed(): Promise<void> {
    const started = Date.now();
    // One hash per password, not per account: argon2 is slow on purpose, and the seed would
    // otherwise spend seconds of CPU on sixteen of them. The people share one nobody knows.
    const [demoHash, unknownHash] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomBytes(18).toString('base64url'))]);
    const accounts = await Promise.all(DEMO_ACCOUNTS.map((a) => this.createUser(a.email, a.displayName, a.role as Role, demoHash)));
    const [, moderator, brand, admin] = accounts;
    const people = await Promise.all(DEMO_PEOPLE.map((name, i) => this.createUser(`person${i + 1}@demo.local`, name, Role.CUSTOMER, unknownHash)));
    const authors = [accounts[0], ...people];

    let storyCount = 0;
    for (const [campaignIndex, demo] of DEMO_CAMPAIGNS.entries()) {
      const campaign = await this.createCampaign(brand, demo);
      // Member points from the start, so the demo's authors have a balance and a history.
      await this.points.setRules(brand, campaign.id, SUGGESTED_POINTS_RULES);
      for (const prize of demo.prizes ?? []) await this.finale.addPrize(brand, campaign.id, { ...prize, method: prize.method as WinnerMethod });
      if (demo.products?.length) await this.products.setCampaignProducts(brand, campaign.id, demo.products);
      const approved: { id: string; authorId: string; judgesPick?: boolean }[] = [];
      for (const [i, demoStory] of demo.stories.entries()) {
        const author = authors[(i * 5 + campaignIndex * 3) % authors.length];
        const photoIds = await Promise.all(demoStory.pictures.map((picture, p) => this.uploadPicture(author, picture, i + p + campaignIndex)));
        const { story } = await this.stories.submit(author, {
          campaignId: campaign.id,
          title: demoStory.title,
          body: demoStory.body,
          photoIds,
          grantUsageRights: demoStory.rights ?? false,
        });
        storyCount++;
        if (demoStory.pending) continue;
        if (story.status === StoryStatus.PENDING) await this.moderation.decide(moderator, story.id, ModerationDecision.APPROVE, null);
        if (demoStory.featured) await this.featuring.feature(brand, story.id, demoStory.featured);
        if (demoStory.products?.length) await this.products.tagProducts(brand, story.id, demoStory.products.map((sku) => ({ sku })));
        approved.push({ id: story.id, authorId: author.id, judgesPick: demoStory.judgesPick });
      }
      const until = new Date(Date.now() + Math.min(0, demo.endsInDays) * DAY - 3600_000);
      await this.engage(campaign, approved, [...authors, moderator, brand], until, { favourites: demo.endsInDays >= 0 });
      if (demo.endsInDays < 0) {
        // Submitted while it ran; now move its end into the past and freeze the final boards.
        await this.dataSource.query(`UPDATE campaigns SET ends_at = now() + make_interval(days => $2) WHERE id = $1`, [campaign.id, demo.endsInDays]);
        await this.leaderboards.freeze(campaign.id);
        if (demo.prizes?.length) await this.finish(campaign, approved, brand, [brand, admin], authors);
      }
    }
    await this.ranking.refreshRecent();
    await this.jobs.idle();

    this.logger.log(
      `seeded a demo in ${((Date.now() - started) / 1000).toFixed(1)} s: ${DEMO_CAMPAIGNS.length} campaigns, ${storyCount} stories. ` +
        `Sign in with password "${DEMO_PASSWORD}" as ${DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`).join(', ')}`,
    );
  }

  /**
   * The whole finale on an ended campaign: two judges score its stories, the winners are drawn
   * and published, and the first winner claims their prize. The judges' pick is the demo
   * customer's story, so signing in as customer@demo.local shows a prize waiting to be claimed.
   */
  private async finish(campaign: CampaignEntity, stories: { id: string; judgesPick?: boolean }[], brand: UserEntity, judges: UserEntity[], people: UserEntity[]): Promise<void> {
    for (const [j, judge] of judges.entries()) {
      for (const [i, story] of stories.entries()) await this.finale.scoreStory(judge, story.id, story.judgesPick ? 10 : 5 + ((i + j) % 4), null);
    }
    await this.finale.drawWinners(brand, campaign.id);
    const winners = await this.finale.finalizeResults(brand, campaign.id);
    const first = winners.find((w) => w.status === WinnerStatus.NOTIFIED);
    const winner = first && people.find((p) => p.id === first.userId);
    if (first && winner) await this.finale.claimPrize(winner, first.id, DEMO_CLAIM);
  }

  private createUser(email: string, displayName: string, role: Role, passwordHash: string): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).save({ email, displayName, role, passwordHash });
  }

  private async createCampaign(brand: UserEntity, demo: DemoCampaign): Promise<CampaignEntity> {
    const now = Date.now();
    const coverPhotoId = await this.uploadPicture(brand, demo.cover, 1);
    return this.campaigns.create(brand, {
      slug: demo.slug,
      title: demo.title,
      description: demo.description,
      hashtag: demo.hashtag,
      rules: demo.rules,
      startsAt: new Date(now + demo.startsInDays * DAY),
      // An ended campaign starts out running, so that it can take its stories.
      endsAt: new Date(now + Math.max(demo.endsInDays, 1) * DAY),
      requiresModeration: demo.requiresModeration,
      licenceText: demo.licenceText ?? null,
      maxPhotosPerStory: 9,
      published: true,
      coverPhotoId,
    });
  }

  /** Draws a picture, stores it as an upload of `owner`'s, and returns the photo id to attach. */
  private async uploadPicture(owner: UserEntity, picture: Illustration, variant: number): Promise<string> {
    const bytes = await sharp(Buffer.from(drawIllustration(picture, variant))).jpeg({ quality: 85 }).toBuffer();
    const grant = await this.photos.requestUpload(owner, {
      filename: `${picture}.jpg`,
      contentType: 'image/jpeg',
      byteSize: bytes.length,
    });
    await this.storage.write(grant.photo.originalKey!, bytes, 'image/jpeg');
    return grant.photo.id;
  }

  /**
   * Likes (more for earlier stories, so the boards have a shape, and every third story from the
   * second newest a crowd favourite, so that HOT puts a well-liked recent story above the newest
   * and is not NEW again), comments with a reply, and times spread over the campaign's days so
   * that NEW, HOT and the DAY/WEEK boards differ. An ended campaign gets no favourites: ties at
   * the top of its final board would make its RANK winners (and the seeded claim) a coin toss.
   */
  private async engage(campaign: CampaignEntity, stories: { id: string; authorId: string }[], people: UserEntity[], until: Date, options: { favourites: boolean }): Promise<void> {
    const { likes, comments } = this;
    for (const [i, story] of stories.entries()) {
      const favourite = options.favourites && (stories.length - 2 - i) % 3 === 0;
      const fanCount = favourite ? people.length - 3 : Math.max(1, people.length - 3 - i * 2);
      const fans = people.filter((p) => p.id !== story.authorId).slice(0, fanCount);
      for (const fan of fans) await likes.like(fan, story.id);
      const commenter = fans[i % fans.length];
      const comment = await comments.add(commenter, { storyId: story.id, body: DEMO_COMMENTS[i % DEMO_COMMENTS.length] });
      if (i % 2 === 0) {
        const author = people.find((p) => p.id === story.authorId)!;
        await comments.add(author, { storyId: story.id, body: DEMO_REPLIES[i % DEMO_REPLIES.length], parentId: comment.id });
      }
    }
    // Spread publishing over the campaign's days until `until`, newest last, and likes after publishing.
    const span = Math.max(DAY, until.getTime() - campaign.startsAt.getTime()) / DAY;
    for (const [i, story] of stories.entries()) {
      const ageDays = (span * (stories.length - i)) / (stories.length + 1);
      await this.dataSource.query(
        `UPDATE stories SET published_at = $3::timestamptz - make_interval(secs => $2), created_at = $3::timestamptz - make_interval(secs => $2) WHERE id = $1`,
        [story.id, Math.round(ageDays * 86_400), until.toISOString()],
      );
      await this.dataSource.query(
        `UPDATE story_likes SET created_at = $3::timestamptz - make_interval(secs => $2 * random()) WHERE story_id = $1`,
        [story.id, Math.round(ageDays * 86_400), until.toISOString()],
      );
    }
  }
}
