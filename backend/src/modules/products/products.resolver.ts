import { OnModuleInit } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { BRAND_ROLES } from '../accounts/role.enum';
import { Campaign } from '../campaigns/models/campaign.model';
import { Story } from '../stories/models/story.model';
import { StoriesService } from '../stories/stories.service';
import { SetCampaignProductsArgs, TagProductsArgs } from './dto/product-tag.input';
import { ProductTag } from './models/product-tag.model';
import { ProductsByCampaignIdLoader, ProductsByStoryIdLoader } from './product-tags.loaders';
import { ProductsService } from './products.service';

@Resolver(() => Story)
export class StoryProductsResolver implements OnModuleInit {
  constructor(
    private readonly productTags: ProductsService,
    private readonly stories: StoriesService,
    private readonly byStory: ProductsByStoryIdLoader,
    private readonly shared: SharedAnswers,
  ) {}

  onModuleInit(): void {
    // Tagged products are everyone's to see (tagging one remakes the shared pages: StoryEvents.updated).
    this.shared.same('Story', ['products']);
    this.shared.same('ProductTag', ['sku', 'name', 'url']);
  }

  @Mutation(() => Story, { description: 'BRAND_STAFF and ADMIN; APPROVED stories; replaces the list.' })
  @Authorize({ roles: BRAND_ROLES })
  async tagProducts(@Viewer() viewer: Viewer, @Args() { storyId, products }: TagProductsArgs): Promise<Story> {
    await this.productTags.tagProducts(viewer, storyId, products);
    return Story.from((await this.stories.findVisible(viewer, storyId))!);
  }

  @ResolveField(() => [ProductTag], { description: 'The products brand staff tagged in the story, in their order.' })
  async products(@Parent() story: Story, @Context() context: RequestContext): Promise<ProductTag[]> {
    return (await context.loaders.get(this.byStory).load(story.id)).map(ProductTag.from);
  }
}

@Resolver(() => Campaign)
export class CampaignProductsResolver {
  constructor(
    private readonly productTags: ProductsService,
    private readonly byCampaign: ProductsByCampaignIdLoader,
  ) {}

  @Mutation(() => Campaign, { description: "BRAND_STAFF and ADMIN: replaces the campaign's product list (what stories are tagged from)." })
  @Authorize({ roles: BRAND_ROLES })
  async setCampaignProducts(@Viewer() viewer: Viewer, @Args() { campaignId, products }: SetCampaignProductsArgs): Promise<Campaign> {
    return Campaign.from(await this.productTags.setCampaignProducts(viewer, campaignId, products));
  }

  @ResolveField(() => [ProductTag], { description: "The campaign's product list, in its order." })
  async products(@Parent() campaign: Campaign, @Context() context: RequestContext): Promise<ProductTag[]> {
    return (await context.loaders.get(this.byCampaign).load(campaign.id)).map(ProductTag.from);
  }
}
