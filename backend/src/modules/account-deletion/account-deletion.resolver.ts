import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import type { RequestContext } from '../../core/graphql/request-context';
import { userAgentOf } from '../accounts/sessions/auth-payload';
import { AccountDeletionService } from './account-deletion.service';

@Resolver()
export class AccountDeletionResolver {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Mutation(() => Boolean, {
    description: "Erases the account: stories and every stored copy of their photos, likes; comments stay as '[deleted]'; the moderation log keeps a pseudonym.",
  })
  @Authorize()
  deleteMyAccount(@Viewer() viewer: Viewer, @Args('password') password: string, @Context() context: RequestContext): Promise<boolean> {
    return this.deletion.deleteAccount(viewer, password, { ip: context.ip, userAgent: userAgentOf(context) });
  }
}
