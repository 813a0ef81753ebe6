import { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectField } from '../../core/graphql/direct-field';
import { Authorize, Viewer } from '../../core/auth/authorize.decorator';
import { IdPipe } from '../../core/graphql/id.pipe';
import { SharedAnswers } from '../../core/graphql/shared-answers';
import type { RequestContext } from '../../core/graphql/request-context';
import { whenLoaded } from '../../core/graphql/request-loaders';
import { AppConfig } from '../../core/config/app-config';
import { ViewerDirectory } from '../../core/auth/viewer-directory';
import { MediaStorage } from '../../core/storage/media-storage';
import { Photo } from '../photos/models/photo.model';
import { PhotoByIdLoader } from '../photos/photo-by-id.loader';
import { AccountsService, SignInClient } from './accounts.service';
import { UpdateProfileInput } from './dto/update-profile.input';
import { RegisterInput } from './dto/register.input';
import { SuspendUserArgs } from './dto/suspend-user.args';
import { AuthPayload, User } from './models/user.model';
import { MODERATOR_ROLES, Role } from './role.enum';
import { UserByIdLoader } from './user-by-id.loader';
import { authPayload, userAgentOf } from './sessions/auth-payload';

const clientOf = (context: RequestContext): SignInClient => ({ ip: context.ip, userAgent: userAgentOf(context) });

@Resolver(() => User)
export class AccountsResolver implements OnModuleInit {
  constructor(
    private readonly accounts: AccountsService,
    private readonly users: UserByIdLoader,
    private readonly config: AppConfig,
    private readonly photos: PhotoByIdLoader,
    private readonly storage: MediaStorage,
    private readonly shared: SharedAnswers,
    private readonly viewers: ViewerDirectory,
  ) {}

  onModuleInit(): void {
    // The public face of an account (not email, not suspension); a profile edit, suspension or
    // deletion on any instance remakes the shared pages that show it.
    this.shared.same('User', ['id', 'displayName', 'avatarUrl', 'bio']);
    this.viewers.onChange((userId) => this.shared.forget('User', userId));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Viewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<User | null> {
    const user = viewer && (await context.loaders.get(this.users).load(viewer.id));
    return user ? User.from(user, { isViewer: true }) : null;
  }

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput, @Context() context: RequestContext): Promise<AuthPayload> {
    const { session, user } = await this.accounts.register(input, clientOf(context));
    return authPayload(context, session, user, this.config.isProduction);
  }

  @Mutation(() => AuthPayload)
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: RequestContext): Promise<AuthPayload> {
    const { session, user } = await this.accounts.login(email, password, clientOf(context));
    return authPayload(context, session, user, this.config.isProduction);
  }

  @Mutation(() => AuthPayload, { description: 'Ends every other session.' })
  @Authorize()
  async changePassword(
    @Viewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context() context: RequestContext,
  ): Promise<AuthPayload> {
    const { session, user } = await this.accounts.changePassword(viewer, currentPassword, newPassword, clientOf(context));
    return authPayload(context, session, user, this.config.isProduction);
  }

  @Mutation(() => User, { description: 'ADMIN.' })
  @Authorize({ roles: [Role.ADMIN] })
  async setUserRole(
    @Viewer() viewer: Viewer,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<User> {
    return User.from(await this.accounts.setRole(viewer, userId, role));
  }

  @Mutation(() => User, { description: 'MODERATOR and ADMIN.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async suspendUser(@Viewer() viewer: Viewer, @Args() args: SuspendUserArgs): Promise<User> {
    return User.from(await this.accounts.suspend(viewer, args.userId, args.reason, args.until));
  }

  @Mutation(() => User, { description: 'MODERATOR and ADMIN: ends a suspension now.' })
  @Authorize({ roles: MODERATOR_ROLES })
  async liftSuspension(@Viewer() viewer: Viewer, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<User> {
    return User.from(await this.accounts.liftSuspension(viewer, userId));
  }

  @Query(() => User, { nullable: true, description: 'Any visitor: a public profile (null for a deleted account).' })
  async user(@Args('id', { type: () => ID }, IdPipe) id: string, @Context() context: RequestContext): Promise<User | null> {
    const user = await context.loaders.get(this.users).load(id);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User, { description: 'The signed-in user changes their display name, bio or avatar (a photo from requestPhotoUpload).' })
  @Authorize({ writes: true })
  async updateProfile(@Viewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<User> {
    return User.from(await this.accounts.updateProfile(viewer, input), { isViewer: true });
  }

  /** The uploaded avatar's small version once it is processed, else the one the account came with. */
  @DirectField(() => String, { nullable: true })
  avatarUrl(user: User, context: RequestContext): string | null | Promise<string | null> {
    if (!user.avatarPhotoId) return user.avatarUrl;
    return whenLoaded(context.loaders.now(this.photos, user.avatarPhotoId), (photo) => {
      const key = photo ? Photo.from(photo).thumbnailKey : null;
      return key ? this.storage.publicUrl(key) : user.avatarUrl;
    });
  }

  @ResolveField(() => String, { nullable: true, description: 'Visible to the user themself and to ADMIN; null for everyone else.' })
  email(@Parent() user: User, @Viewer() viewer: Viewer | null): string | null {
    const allowed = user.isViewer || (viewer && (viewer.id === user.id || viewer.role === Role.ADMIN));
    return allowed ? user.privateEmail : null;
  }
}
