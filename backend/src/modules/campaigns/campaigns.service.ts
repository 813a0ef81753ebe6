import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { Page } from '../../core/pagination/connection';
import { PhotosService } from '../photos/photos.service';
import { keysetPage } from '../../core/pagination/keyset-page';
import { CampaignEntity, DEFAULT_CAMPAIGN_TIME_ZONE } from './campaign.entity';
import { canViewCampaign } from './campaign-visibility';
import { CampaignInput } from './dto/campaign.input';
import { CampaignArgs, CampaignsArgs } from './dto/campaigns.args';
import { UpdateCampaignInput } from './dto/update-campaign.input';
import { CampaignStatus } from './models/campaign.model';

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly photos: PhotosService,
  ) {}

  /**
   * Newest start first. The status filter is the same rule as campaignStatus(), written in SQL
   * against one `now`, so a page never holds a campaign whose status differs from the filter.
   */
  async list(viewer: Viewer | null, args: CampaignsArgs, now = new Date()): Promise<Page<CampaignEntity>> {
    const query = this.dataSource.getRepository(CampaignEntity).createQueryBuilder('c');
    const seesDrafts = canViewCampaign(viewer, { published: false });
    if (!seesDrafts) query.andWhere('c.published = true');
    switch (args.status) {
      case CampaignStatus.DRAFT:
        query.andWhere('c.published = false');
        break;
      case CampaignStatus.SCHEDULED:
        query.andWhere('c.published = true AND c.starts_at > :now', { now });
        break;
      case CampaignStatus.ACTIVE:
        query.andWhere('c.published = true AND c.starts_at <= :now AND c.ends_at > :now', { now });
        break;
      case CampaignStatus.ENDED:
        query.andWhere('c.published = true AND c.ends_at <= :now', { now });
        break;
    }
    return keysetPage(query, { first: args.first, after: args.after, column: 'starts_at', direction: 'DESC' });
  }

  /** By id or slug; null when missing or a DRAFT the viewer may not see. */
  async findVisible(viewer: Viewer | null, args: CampaignArgs): Promise<CampaignEntity | null> {
    if (!args.id === !args.slug) throw new BadUserInputError('Give either id or slug.', args.id ? 'slug' : 'id');
    const repository = this.dataSource.getRepository(CampaignEntity);
    const campaign = args.id ? await repository.findOneBy({ id: args.id }) : await repository.findOneBy({ slug: args.slug!.trim() });
    return campaign && canViewCampaign(viewer, campaign) ? campaign : null;
  }

  async create(actor: Viewer, input: CampaignInput): Promise<CampaignEntity> {
    assertDates(input.startsAt, input.endsAt);
    const coverPhotoId = input.coverPhotoId?.toLowerCase() ?? null;
    const campaign = await this.withUniqueSlug(() =>
      this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(CampaignEntity, { slug: input.slug })) throw slugTaken();
        if (coverPhotoId) await this.photos.claimForCampaignCover(manager, actor.id, coverPhotoId);
        return manager.save(
          manager.create(CampaignEntity, {
            slug: input.slug,
            title: input.title,
            description: input.description,
            hashtag: input.hashtag ?? null,
            rules: input.rules ?? null,
            licenceText: input.licenceText ?? null,
            coverPhotoId,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            published: input.published,
            requiresModeration: input.requiresModeration,
            maxPhotosPerStory: input.maxPhotosPerStory,
            timeZone: input.timeZone ?? DEFAULT_CAMPAIGN_TIME_ZONE,
            likeEligibilityCutoff: input.likeEligibilityCutoff ?? null,
            createdById: actor.id,
          }),
        );
      }),
    );
    if (coverPhotoId) await this.photos.enqueueProcessing([coverPhotoId]);
    return campaign;
  }

  async update(actor: Viewer, id: string, input: UpdateCampaignInput): Promise<CampaignEntity> {
    const newCoverPhotoId = input.coverPhotoId ? input.coverPhotoId.toLowerCase() : input.coverPhotoId;
    const { campaign, claimedCover } = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(CampaignEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
      if (!current) throw new NotFoundError('That campaign');
      const changes = changesFrom(input);
      assertDates(changes.startsAt ?? current.startsAt, changes.endsAt ?? current.endsAt);
      let claimed: string | null = null;
      if (newCoverPhotoId !== undefined && newCoverPhotoId !== current.coverPhotoId) {
        if (newCoverPhotoId) await this.photos.claimForCampaignCover(manager, actor.id, (claimed = newCoverPhotoId));
        changes.coverPhotoId = newCoverPhotoId;
      }
      if (Object.keys(changes).length) await manager.update(CampaignEntity, { id }, changes);
      return { campaign: await manager.findOneByOrFail(CampaignEntity, { id }), claimedCover: claimed };
    });
    if (claimedCover) await this.photos.enqueueProcessing([claimedCover]);
    return campaign;
  }

  /** Two people creating the same slug at once: the unique index decides, and the loser gets CONFLICT. */
  private async withUniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw slugTaken();
      throw error;
    }
  }
}

export type CampaignChanges = Partial<Pick<CampaignEntity,
  'title' | 'description' | 'hashtag' | 'rules' | 'licenceText' | 'startsAt' | 'endsAt' | 'requiresModeration' | 'maxPhotosPerStory' | 'published' | 'coverPhotoId' | 'timeZone' | 'likeEligibilityCutoff'>>;

/** What an update sets: null means "clear" for the optional texts and "leave as is" for the rest. */
function changesFrom(input: UpdateCampaignInput): CampaignChanges {
  const changes: CampaignChanges = {};
  for (const key of ['title', 'description', 'startsAt', 'endsAt', 'requiresModeration', 'maxPhotosPerStory', 'published', 'timeZone'] as const) {
    const value = input[key];
    if (value !== undefined && value !== null) (changes as Record<string, unknown>)[key] = value;
  }
  if (input.likeEligibilityCutoff !== undefined) changes.likeEligibilityCutoff = input.likeEligibilityCutoff ?? null;
  for (const key of ['hashtag', 'rules', 'licenceText'] as const) {
    if (input[key] !== undefined) changes[key] = input[key] ?? null;
  }
  return changes;
}

function assertDates(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt) throw new BadUserInputError('The campaign must end after it starts.', 'endsAt');
}

function slugTaken(): ConflictError {
  return new ConflictError('Another campaign already uses this slug.', 'slug');
}
