import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { RequestContext } from '../../core/graphql/request-context';
import { AccountsService } from './accounts.service';
import { RegisterInput } from './dto/register.input';
import { SuspendUserArgs } from './dto/suspend-user.args';
import { AuthPayload, User } from './models/user.model';
import { MODERATOR_ROLES, Role } from './role.enum';
import type { UserEntity } from './user.entity';
import { UserStatsByUserIdLoader } from './user-stats-by-user-id.loader';

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Viewer() viewer: UserEntity | null): User | null {
    return viewer ? User.from(viewer) : null;
  }

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { accessToken, user } = await this.accounts.register(input, context.ip);
    return { accessToken, user: User.from(user, { isViewer: true }) };
  }

  @Mutation(() => AuthPayload)
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    const { accessToken, user } = await this.accounts.login(email, password);
    return { accessToken, user: User.from(user, { isViewer: true }) };
  }

  @Mutation(() => User, { description: 'ADMIN.' })
  @Authorize({ roles: [Role.ADMIN] })
  async setUserRole(
    @Viewer() viewer: UserEntity,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<User> {
    return User.from(await this.accounts.setRole(viewer, userId, role));
  }

  @Mutation(() => User, { description: 'MODERATOR and ADMIN.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async suspendUser(@Viewer() viewer: UserEntity, @Args() args: SuspendUserArgs): Promise<User> {
    return User.from(await this.accounts.suspend(viewer, args.userId.toLowerCase(), args.reason, args.until));
  }

  @Mutation(() => User, { description: 'MODERATOR and ADMIN: ends a suspension now.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async liftSuspension(@Viewer() viewer: UserEntity, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return User.from(await this.accounts.liftSuspension(viewer, userId));
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the user themself and to ADMIN; null for everyone else.' })
  email(@Parent() user: User, @Viewer() viewer: UserEntity | null): string | null {
    const allowed = user.isViewer || (viewer && (viewer.id === user.id || viewer.role === Role.ADMIN));
    return allowed ? user.privateEmail : null;
  }

  @ResolveField(() => Int)
  async approvedStoryCount(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(UserStatsByUserIdLoader).load(user.id)).approvedStoryCount;
  }

  @ResolveField(() => Int)
  async likesReceived(@Parent() user: User, @Context() context: RequestContext): Promise<number> {
    return (await context.loaders.get(UserStatsByUserIdLoader).load(user.id)).likesReceived;
  }
}
