import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../../../core/config/app-config';
import type { RequestContext } from '../../../core/graphql/request-context';
import { AuthPayload } from '../models/user.model';
import { authPayload, userAgentOf } from '../sessions/auth-payload';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => Boolean, { description: 'Always true, whether or not the address has an account; mails a single-use link valid for 30 minutes.' })
  requestPasswordReset(@Args('email') email: string, @Context() context: RequestContext): Promise<boolean> {
    return this.resets.request(email, context.ip);
  }

  @Mutation(() => AuthPayload, { description: 'Ends every session of the account.' })
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    const { session, user } = await this.resets.reset(token, newPassword, userAgentOf(context));
    return authPayload(context, session, user, this.config.isProduction);
  }
}
