import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { NotFoundError } from '../../core/errors/app-errors';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { BRAND_ROLES } from '../accounts/role.enum';
import { CampaignByIdLoader } from '../campaigns/campaign-by-id.loader';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Campaign } from '../campaigns/models/campaign.model';
import { Story } from '../stories/models/story.model';
import { VisibleStoryByIdLoader } from '../stories/visible-story-by-id.loader';
import { MyPointsArgs } from './dto/my-points.args';
import { PointsRulesInput } from './dto/points-rules.input';
import { PointsEntry, PointsEntryConnection } from './models/points-entry.model';
import { PointsRules } from './models/points-rules.model';
import { PointsRulesByCampaignLoader } from './points-rules-by-campaign.loader';
import { PointsService } from './points.service';

/** The signed-in member's points; nobody reads another's. */
@Resolver(() => PointsEntry)
export class PointsResolver {
  constructor(
    private readonly points: PointsService,
    private readonly campaigns: CampaignsService,
    private readonly visibleStories: VisibleStoryByIdLoader,
    private readonly campaignsById: CampaignByIdLoader,
  ) {}

  @Query(() => PointsEntryConnection, { description: "The signed-in user's points." })
  @Authorize()
  async myPoints(@Viewer() viewer: Viewer, @Args() args: MyPointsArgs): Promise<PointsEntryConnection> {
    const [page, balance] = await Promise.all([this.points.history(viewer.id, args), this.points.balanceOf(viewer.id)]);
    return Object.assign(new PointsEntryConnection(), { nodes: page.nodes.map(PointsEntry.from), pageInfo: page.pageInfo, balance });
  }

  @Mutation(() => Campaign, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async setPointsRules(
    @Viewer() viewer: Viewer,
    @Args('campaignId', { type: () => ID }, IdPipe) campaignId: string,
    @Args('input') input: PointsRulesInput,
  ): Promise<Campaign> {
    await this.points.setRules(viewer, campaignId, input);
    const campaign = await this.campaigns.findVisible(viewer, { id: campaignId });
    if (!campaign) throw new NotFoundError('That campaign');
    return Campaign.from(campaign);
  }

  @ResolveField(() => Story, { nullable: true, description: 'Null once the story is no longer visible to you (removed, deleted), and for likes.' })
  async story(@Parent() entry: PointsEntry, @Context() context: RequestContext): Promise<Story | null> {
    if (!entry.storyId) return null;
    const story = await context.loaders.get(this.visibleStories).load(entry.storyId);
    return story ? Story.from(story) : null;
  }

  @ResolveField(() => Campaign, { nullable: true })
  async campaign(@Parent() entry: PointsEntry, @Context() context: RequestContext): Promise<Campaign | null> {
    const campaign = await context.loaders.get(this.campaignsById).load(entry.campaignId);
    return campaign ? Campaign.from(campaign) : null;
  }
}

/** Campaign.pointsRules: shown on the campaign page and in the console. */
@Resolver(() => Campaign)
export class CampaignPointsRulesResolver {
  constructor(private readonly rules: PointsRulesByCampaignLoader) {}

  @ResolveField(() => PointsRules, { nullable: true, description: 'What members earn here; null when the campaign never set rules (it gives no points).' })
  async pointsRules(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<PointsRules | null> {
    const rules = await context.loaders.get(this.rules).load(campaign.id);
    return rules ? PointsRules.from(rules) : null;
  }
}
