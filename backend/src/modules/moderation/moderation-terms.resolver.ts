import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { BRAND_ROLES } from '../accounts/role.enum';
import { ModerationTermInput } from './dto/moderation-term.input';
import { ModerationTermsService } from './moderation-terms.service';
import { ModerationTerm } from './models/moderation-term.model';

@Resolver(() => ModerationTerm)
export class ModerationTermsResolver {
  constructor(private readonly terms: ModerationTermsService) {}

  @Query(() => [ModerationTerm], { description: 'BRAND_STAFF and ADMIN. The global word list, or one campaign\'s own.' })
  @Authorize({ roles: BRAND_ROLES })
  async moderationTerms(
    @Args('campaignId', { type: () => ID, nullable: true }, IdPipe) campaignId: string | null,
  ): Promise<ModerationTerm[]> {
    return (await this.terms.list(campaignId ?? null)).map(ModerationTerm.from);
  }

  @Mutation(() => ModerationTerm, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async addModerationTerm(@Viewer() viewer: Viewer, @Args('input') input: ModerationTermInput): Promise<ModerationTerm> {
    return ModerationTerm.from(await this.terms.add(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'BRAND_STAFF and ADMIN.' })
  @Authorize({ roles: BRAND_ROLES })
  async removeModerationTerm(@Viewer() viewer: Viewer, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    await this.terms.remove(viewer, id);
    return true;
  }
}
