import { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { DirectField } from '../../core/graphql/direct-field';
import { IdPipe } from '../../core/graphql/id.pipe';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import { Page } from '../../core/pagination/connection';
import type { RequestContext } from '../../core/graphql/request-context';
import { MediaStorage } from '../../core/storage/media-storage';
import { BRAND_ROLES } from '../accounts/role.enum';
import { PhotoByIdLoader } from '../photos/photo-by-id.loader';
import { Photo } from '../photos/models/photo.model';
import { CampaignCountsByIdLoader } from './campaign-counts-by-id.loader';
import { CampaignsService } from './campaigns.service';
import { CampaignInput } from './dto/campaign.input';
import { CampaignArgs, CampaignsArgs } from './dto/campaigns.args';
import { UpdateCampaignInput } from './dto/update-campaign.input';
import { CampaignConnection } from './models/campaign-connection.model';
import { Campaign } from './models/campaign.model';

@Resolver(() => Campaign)
export class CampaignsResolver implements OnModuleInit {
  constructor(
    private readonly service: CampaignsService,
    private readonly storage: MediaStorage,
    private readonly photos: PhotoByIdLoader,
    private readonly counts: CampaignCountsByIdLoader,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // What a story card names of its campaign.
    this.shared.same('Campaign', [
      'id', 'slug', 'title', 'description', 'hashtag', 'rules', 'licenceText', 'startsAt', 'endsAt', 'status',
      'requiresModeration', 'maxPhotosPerStory', 'timeZone', 'createdAt', 'leaderboardFrozenAt', 'likeEligibilityCutoff',
    ]);
  }

  @Query(() => CampaignConnection, { description: 'Newest start first. DRAFT campaigns are listed for BRAND_STAFF and ADMIN only.' })
  async campaigns(@Viewer() viewer: Viewer | null, @Args() args: CampaignsArgs): Promise<Page<Campaign>> {
    const now = new Date();
    const page = await this.service.list(viewer, args, now);
    return { ...page, nodes: page.nodes.map((entity) => Campaign.from(entity, now)) };
  }

  @Query(() => Campaign, { nullable: true, description: 'By id or by slug. A DRAFT is null except for BRAND_STAFF and ADMIN.' })
  async campaign(@Viewer() viewer: Viewer | null, @Args() args: CampaignArgs): Promise<Campaign | null> {
    const entity = await this.service.findVisible(viewer, args);
    return entity ? Campaign.from(entity) : null;
  }

  @Mutation(() => Campaign, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async createCampaign(@Viewer() viewer: Viewer, @Args('input') input: CampaignInput): Promise<Campaign> {
    return Campaign.from(await this.service.create(viewer, input));
  }

  @Mutation(() => Campaign, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async updateCampaign(
    @Viewer() viewer: Viewer,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateCampaignInput,
  ): Promise<Campaign> {
    return Campaign.from(await this.service.update(viewer, id, input));
  }

  @DirectField(() => Int, { description: 'APPROVED stories.' })
  async storyCount(campaign: Campaign, context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.counts).load(campaign.id)).stories;
  }

  @DirectField(() => Int, { description: 'Distinct authors of APPROVED stories.' })
  async participantCount(campaign: Campaign, context: RequestContext): Promise<number> {
    return (await context.loaders.get(this.counts).load(campaign.id)).participants;
  }

  @ResolveField(() => String, { nullable: true, description: 'The processed cover photo; null without one or until it is ready.' })
  async coverImageUrl(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<string | null> {
    if (!campaign.coverPhotoId) return null;
    const photo = await context.loaders.get(this.photos).load(campaign.coverPhotoId);
    const displayKey = photo ? Photo.from(photo).displayKey : null;
    return displayKey ? this.storage.publicUrl(displayKey) : null;
  }
}
