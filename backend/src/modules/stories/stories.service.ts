import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { gatheredCalls } from '../../core/database/gathered-calls';
import { PreparedStatement } from '../../core/database/prepared-statement';
import { isId } from '../../core/graphql/id.pipe';
import { inKeyOrder } from '../../core/graphql/request-loaders';
import { DomainEvents } from '../../core/events/domain-events';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/errors/app-errors';
import { Page } from '../../core/pagination/connection';
import { PageArgs } from '../../core/pagination/page.args';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import type { Viewer } from '../../core/auth/viewer';
import { isModerator } from '../accounts/role.enum';
import { CampaignCounters } from '../campaigns/campaign-counters';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { canViewCampaign } from '../campaigns/campaign-visibility';
import { campaignStatus, CampaignStatus } from '../campaigns/models/campaign.model';
import { ModerationLogService } from '../moderation/moderation-log.service';
import { WordFilter } from '../moderation/word-filter.service';
import { PhotosService } from '../photos/photos.service';
import { SubmitStoryInput, UpdateStoryInput } from './dto/submit-story.input';
import { keysetPage } from '../../core/pagination/keyset-page';
import { StoriesRepository } from './stories.repository';
import { StoryEvents } from './story-events';
import { StoryStatus } from './story-status.enum';
import { canViewStory, listedStorySql } from './story-visibility';
import { StoryEntity } from './story.entity';
import { UsageRightsEventEntity } from './usage-rights-event.entity';
import { ALL_SCOPES, grantsReuse, normalizedScopes, submittedScopes, UsageScope } from './usage-scope';

export const STORIES_PER_USER: RateLimitPolicy = { name: 'story-submit', points: 10, windowSeconds: 3600 };
/** How long after publishing an author may still edit a story of a campaign without review. */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;

/**
 * PENDING and REJECTED stories can be edited; an APPROVED one only in a campaign without
 * review, within EDIT_WINDOW_MS of publishing (a typo fixed at once, not a bait-and-switch
 * after the likes came in).
 */
function assertEditable(story: StoryEntity, campaign: CampaignEntity, now = new Date()): void {
  if (story.status === StoryStatus.PENDING || story.status === StoryStatus.REJECTED) return;
  const withinWindow = !!story.publishedAt && now.getTime() - story.publishedAt.getTime() <= EDIT_WINDOW_MS;
  if (story.status === StoryStatus.APPROVED && !campaign.requiresModeration && withinWindow) return;
  throw new BadUserInputError(
    story.status === StoryStatus.APPROVED
      ? 'A published story can be edited only in its first 30 minutes, and only in campaigns without review.'
      : 'This story can no longer be edited.',
    'id',
  );
}

const AUTHORS_OF = new PreparedStatement<{ author_id: string }>(
  'authors_of_stories',
  'SELECT DISTINCT author_id FROM stories WHERE id = ANY($1::uuid[])',
);

@Injectable()
export class StoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counters: CampaignCounters,
    private readonly wordFilter: WordFilter,
    private readonly photos: PhotosService,
    private readonly limiter: RateLimiter,
    private readonly log: ModerationLogService,
    private readonly events: StoryEvents,
    private readonly repository: StoriesRepository,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** Who wrote these stories (a story shows its author more: SharedAnswers). An author never changes. */
  async authorsOf(storyIds: string[]): Promise<string[]> {
    return (await AUTHORS_OF.rows(this.dataSource, [storyIds])).map((row) => row.author_id);
  }

  /**
   * Checks everything that can be checked before writing, then writes the story, its consent
   * record and its photos in one transaction; photo processing and events follow the commit.
   * Returns the new story, and the campaign it was submitted to as read for the checks.
   */
  async submit(author: Viewer, input: SubmitStoryInput): Promise<{ story: StoryEntity; campaign: CampaignEntity }> {
    const campaign = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id: input.campaignId });
    if (!campaign || !canViewCampaign(author, campaign)) throw new NotFoundError('That campaign');
    const verdict = await this.acceptable(campaign, input.title, input.body, input.photoIds.length);
    await this.limiter.consume(STORIES_PER_USER, author.id);

    const status = campaign.requiresModeration || verdict === 'REVIEW' ? StoryStatus.PENDING : StoryStatus.APPROVED;
    const scopes = submittedScopes(input);
    const story = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const saved = await this.repository.insert(manager, {
          campaignId: campaign.id,
          authorId: author.id,
          title: input.title,
          body: input.body,
          status,
          publishedAt: status === StoryStatus.APPROVED ? now : null,
          ...consentColumns(scopes, now),
      });
      if (grantsReuse(scopes)) await this.recordConsent(manager, saved, [UsageScope.COMMUNITY], scopes, now);
      if (input.photoIds.length) await this.photos.claimForStory(manager, author.id, input.photoIds, saved.id);
      if (status === StoryStatus.APPROVED) {
        // Approved without review: nobody logs a decision, so the event is said here.
        await this.domainEvents.publish(manager, { type: 'story.approved', campaignId: campaign.id, storyId: saved.id, authorId: author.id });
        // Last: the counter shard it locks is held only until the commit that follows.
        await this.counters.entered(manager, saved);
      }
      return saved;
    });

    if (input.photoIds.length) await this.photos.enqueueProcessing(input.photoIds);
    if (story.status === StoryStatus.PENDING) await this.events.submitted(story);
    return { story, campaign };
  }

  /**
   * The author edits their story: PENDING and REJECTED ones (a REJECTED one goes back to
   * PENDING, its rejection reason cleared), and, in a campaign without moderation, an APPROVED
   * one within EDIT_WINDOW_MS of publishing. Same rules as a submission (open campaign, photo
   * count, word list); an edit the word list sends to review goes back to PENDING.
   */
  async update(author: Viewer, id: string, input: UpdateStoryInput): Promise<StoryEntity> {
    // Checked before the transaction: the word list reads on its own connection, and PGlite
    // runs one transaction at a time. The locked row is checked again inside.
    const current = await this.withCampaign(id);
    if (!current || (current.authorId !== author.id && !canViewStory(author, current, current.campaign!))) throw new NotFoundError('That story');
    if (current.authorId !== author.id) throw new ForbiddenError('Only the author can edit this story.');
    const campaign = current.campaign!;
    assertEditable(current, campaign);
    const title = input.title ?? current.title;
    const body = input.body ?? current.body;
    const photoCount = input.photoIds?.length ?? (await this.photos.countOfStory(this.dataSource.manager, id));
    const verdict = await this.acceptable(campaign, title, body, photoCount);

    const result = await this.dataSource.transaction(async (manager) => {
      const story = await this.repository.lock(manager, id);
      if (!story) throw new NotFoundError('That story');
      assertEditable(story, campaign);
      const status = story.status === StoryStatus.APPROVED && verdict !== 'REVIEW' ? StoryStatus.APPROVED : StoryStatus.PENDING;
      await this.repository.edit(manager, id, {
        title,
        body,
        status,
        editedAt: new Date(),
        ...(status === StoryStatus.PENDING ? { rejectionReason: null, publishedAt: null } : {}),
      });
      if (story.status === StoryStatus.APPROVED && status !== StoryStatus.APPROVED) await this.counters.left(manager, story);
      const photos = input.photoIds ? await this.photos.replaceStoryPhotos(manager, author.id, id, input.photoIds) : undefined;
      return { before: story.status, status, photos };
    });
    if (result.photos) {
      await this.photos.deleteMedia(result.photos.removedKeys);
      await this.photos.enqueueProcessing(result.photos.added);
    }
    const story = await this.dataSource.getRepository(StoryEntity).findOneByOrFail({ id });
    if (result.before !== result.status) await this.events.statusChanged(id);
    else await this.events.updated(id);
    if (result.status === StoryStatus.PENDING) await this.events.submitted(story);
    return story;
  }

  /** What every submission and edit must meet; the word list's verdict (ALLOW or REVIEW) when it may go ahead. */
  private async acceptable(campaign: CampaignEntity, title: string, body: string, photoCount: number): Promise<'ALLOW' | 'REVIEW'> {
    if (campaignStatus(campaign) !== CampaignStatus.ACTIVE) {
      throw new BadUserInputError('This campaign is not taking stories now.', 'campaignId');
    }
    if (photoCount > campaign.maxPhotosPerStory) {
      throw new BadUserInputError(`This campaign takes at most ${campaign.maxPhotosPerStory} photos per story.`, 'photoIds');
    }
    const verdict = await this.wordFilter.checkAll([title, body], campaign.id);
    if (verdict === 'BLOCK') {
      throw new BadUserInputError('Your story contains words that are not allowed in this campaign. Please edit it and try again.', 'body');
    }
    return verdict;
  }

  /** The story if the viewer may see it (canViewStory); null exactly as if it did not exist. */
  /**
   * The story with its campaign in one statement: `findOne` with a relation adds LIMIT 1, which
   * TypeORM answers with a DISTINCT query for the id first and a second for the rows.
   */
  private async withCampaign(id: string): Promise<StoryEntity | null> {
    const [story] = await this.dataSource.getRepository(StoryEntity).find({ where: { id }, relations: { campaign: true } });
    return story ?? null;
  }

  /**
   * withCampaign for the checks before an action (a like, a comment, a subscription), gathered
   * across the requests in flight: one query for all of them, as fresh as each one's own. The
   * entities are shared by the callers of one gathering: read them, never change them.
   */
  private readonly freshWithCampaign = gatheredCalls<string, StoryEntity | null>(async (ids) => {
    // A malformed id is no story (and must not fail the others' query).
    const wanted = [...new Set(ids)].filter(isId);
    const rows = wanted.length ? await this.dataSource.getRepository(StoryEntity).find({ where: { id: In(wanted) }, relations: { campaign: true } }) : [];
    return inKeyOrder(ids, rows, (story) => story.id, (story) => story, null);
  });

  async findVisible(viewer: Viewer | null, id: string): Promise<StoryEntity | null> {
    const story = await this.freshWithCampaign(id);
    return story && canViewStory(viewer, story, story.campaign!) ? story : null;
  }

  /** The same, NOT_FOUND when hidden: for actions on a story (liking, commenting). */
  async requireVisible(viewer: Viewer | null, id: string): Promise<StoryEntity> {
    const story = await this.findVisible(viewer, id);
    if (!story) throw new NotFoundError('That story');
    return story;
  }

  /**
   * The story locked for this transaction (StoriesRepository.lock) if the viewer may see it,
   * else null: for decisions that must see the latest status (featuring, reports, consent).
   */
  async lockVisible(manager: EntityManager, viewer: Viewer, id: string): Promise<StoryEntity | null> {
    const story = await this.repository.lock(manager, id);
    return story && (await this.isVisibleIn(manager, viewer, story)) ? story : null;
  }

  /** canViewStory for a story already read in this transaction (its campaign read here too). */
  private async isVisibleIn(manager: EntityManager, viewer: Viewer, story: StoryEntity): Promise<boolean> {
    const campaign = await manager.findOneByOrFail(CampaignEntity, { id: story.campaignId });
    return canViewStory(viewer, story, campaign);
  }

  /** The author's own stories in every status, removed ones included (with the reason), newest first. */
  async listByAuthor(author: Viewer, page: PageArgs): Promise<Page<StoryEntity>> {
    const query = this.dataSource.getRepository(StoryEntity).createQueryBuilder('s').where('s.author_id = :authorId', { authorId: author.id });
    return keysetPage(query, { first: page.first, after: page.after, column: 'created_at', direction: 'DESC' });
  }

  /**
   * An author's stories as every visitor sees them on the profile page: public stories of open
   * campaigns (listedStorySql, the same rule as every other reader), newest first.
   */
  async listPublicByAuthor(authorId: string, page: PageArgs): Promise<Page<StoryEntity>> {
    const query = this.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('s')
      .innerJoin('s.campaign', 'c')
      .where('s.author_id = :authorId', { authorId })
      .andWhere(listedStorySql('s', 'c'));
    return keysetPage(query, { first: page.first, after: page.after, column: 'published_at', direction: 'DESC' });
  }

  /**
   * The author or a moderator deletes a story: it disappears for everyone and its counts leave
   * the campaign's. A moderator deleting someone else's story is a decision, and is logged.
   */
  async delete(actor: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const story = await this.repository.lock(manager, id);
      if (!story) throw new NotFoundError('That story');
      const isAuthor = story.authorId === actor.id;
      if (!isAuthor && !isModerator(actor)) {
        if (await this.isVisibleIn(manager, actor, story)) throw new ForbiddenError('Only the author or a moderator can delete this story.');
        throw new NotFoundError('That story');
      }
      await this.repository.softDelete(manager, id);
      if (story.status === StoryStatus.APPROVED) await this.counters.left(manager, story);
      if (!isAuthor) {
        await this.log.record(
          { action: 'DELETE_STORY', moderatorId: actor.id, storyId: id, campaignId: story.campaignId, targetUserId: story.authorId },
          manager,
        );
      } else if (story.status === StoryStatus.APPROVED) {
        // The author taking down their own public story is not a logged decision, but the story
        // leaves all the same: the brand's systems and the points it earned hear of it.
        await this.domainEvents.publish(manager, { type: 'story.removed', campaignId: story.campaignId, storyId: id, authorId: story.authorId });
      }
    });
    await this.events.statusChanged(id);
  }

  /**
   * An erased account's stories leave every list (deleted, their counts out of their campaigns),
   * inside the caller's transaction. Returns their ids: call `announceRemoved` after the commit.
   */
  async removeAllOfAuthor(manager: EntityManager, authorId: string): Promise<string[]> {
    const stories = await manager.find(StoryEntity, { where: { authorId }, lock: { mode: 'for_no_key_update' } });
    for (const story of stories) {
      await this.repository.softDelete(manager, story.id);
      if (story.status === StoryStatus.APPROVED) await this.counters.left(manager, story);
    }
    return stories.map((story) => story.id);
  }

  /** Subscribers and media follow the stories removed by removeAllOfAuthor. */
  async announceRemoved(storyIds: string[]): Promise<void> {
    for (const id of storyIds) await this.events.statusChanged(id);
  }

  /** grantUsageRights' all-or-nothing, for older clients: every scope, or only COMMUNITY. */
  setUsageRights(author: Viewer, id: string, granted: boolean): Promise<StoryEntity> {
    return this.setUsageScopes(author, id, granted ? ALL_SCOPES : []);
  }

  /**
   * The author grants or withdraws scopes of the brand's right to reuse the story (COMMUNITY
   * stays). The story holds the current set; usage_rights_events keeps every change with its
   * time, and the brand's systems hear of each as rights.granted / rights.revoked.
   */
  async setUsageScopes(author: Viewer, id: string, wanted: readonly UsageScope[]): Promise<StoryEntity> {
    const scopes = normalizedScopes(wanted);
    const { story, changed } = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.lock(manager, id);
      if (!current || (current.authorId !== author.id && !(await this.isVisibleIn(manager, author, current)))) throw new NotFoundError('That story');
      if (current.authorId !== author.id) throw new ForbiddenError('Only the author can grant or withdraw usage rights.');
      if (sameScopes(current.usageScopes, scopes)) return { story: current, changed: false };
      const now = new Date();
      const changes = consentColumns(scopes, now, current);
      await this.repository.setUsageRights(manager, id, changes);
      await this.recordConsent(manager, current, current.usageScopes, scopes, now);
      return { story: { ...current, ...changes }, changed: true };
    });
    if (changed) await this.events.updated(id);
    return story;
  }

  /** The consent record of a change from `before` to `after`, and the events it sends. */
  private async recordConsent(manager: EntityManager, story: StoryEntity, before: readonly string[], after: UsageScope[], at: Date): Promise<void> {
    await manager.insert(UsageRightsEventEntity, { storyId: story.id, granted: grantsReuse(after), scopes: after, createdAt: at });
    const granted = after.filter((scope) => !before.includes(scope));
    const revoked = before.filter((scope) => !(after as string[]).includes(scope));
    const about = { campaignId: story.campaignId, storyId: story.id, authorId: story.authorId };
    if (granted.length) await this.domainEvents.publish(manager, { type: 'rights.granted', ...about, scopes: granted });
    if (revoked.length) await this.domainEvents.publish(manager, { type: 'rights.revoked', ...about, scopes: revoked });
  }
}

const sameScopes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((scope) => b.includes(scope));

/** The story's consent columns for a scope set; the grant time moves only when reuse starts. */
function consentColumns(scopes: UsageScope[], now: Date, current?: StoryEntity) {
  const reuse = grantsReuse(scopes);
  const wasReuse = current?.usageRightsGranted ?? false;
  return {
    usageScopes: scopes,
    usageRightsGranted: reuse,
    usageRightsGrantedAt: reuse ? (wasReuse ? current!.usageRightsGrantedAt : now) : (current?.usageRightsGrantedAt ?? null),
    usageRightsWithdrawnAt: reuse ? null : wasReuse ? now : (current?.usageRightsWithdrawnAt ?? null),
  };
}
