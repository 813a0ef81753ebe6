import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { BRAND_ROLES } from '../accounts/role.enum';
import { FeatureStoryArgs } from './dto/feature-story.args';
import { FeaturingService } from './featuring.service';
import { Story } from './models/story.model';

@Resolver(() => Story)
export class FeaturingResolver {
  constructor(private readonly featuring: FeaturingService) {}

  @Mutation(() => Story, { description: 'BRAND_STAFF and ADMIN; APPROVED stories only.' })
  @Authorize({ roles: BRAND_ROLES })
  async featureStory(@Viewer() viewer: Viewer, @Args() args: FeatureStoryArgs): Promise<Story> {
    return Story.from(await this.featuring.feature(viewer, args.storyId, args.note ?? null));
  }

  @Mutation(() => Story, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async unfeatureStory(@Viewer() viewer: Viewer, @Args('storyId', { type: () => ID }, IdPipe) storyId: string): Promise<Story> {
    return Story.from(await this.featuring.unfeature(viewer, storyId));
  }
}
