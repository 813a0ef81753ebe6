import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.enum';
import type { UserEntity } from '../user.entity';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  /** Not a field as it is: `avatarUrl` is resolved from it and avatarPhotoId. */
  avatarUrl: string | null;

  /** Not a field: the uploaded avatar, once processed, wins over avatarUrl. */
  avatarPhotoId: string | null;

  @Field(() => String, { nullable: true, description: 'A short line about themself, shown on their profile.' })
  bio: string | null;

  @Field(() => Role)
  role: Role;

  /** Not a field: `email` is resolved from it for the user themself and ADMIN only. */
  privateEmail: string | null;

  /** Not a field: set when the object is handed to its own user (register, login), who may see the email. */
  isViewer = false;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field()
  createdAt: Date;

  /** Who "wrote" a deleted comment: nobody in particular, one shared stand-in. */
  static nobody(): User {
    return Object.assign(new User(), {
      id: '00000000-0000-0000-0000-000000000000',
      displayName: '[deleted]',
      avatarUrl: null,
      role: Role.CUSTOMER,
      privateEmail: null,
      suspendedUntil: null,
      createdAt: new Date(0),
    });
  }

  static from(entity: UserEntity, options: { isViewer?: boolean } = {}): User {
    return Object.assign(new User(), {
      id: entity.id,
      displayName: entity.displayName,
      avatarUrl: entity.avatarUrl,
      avatarPhotoId: entity.avatarPhotoId ?? null,
      bio: entity.bio ?? null,
      role: entity.role,
      privateEmail: entity.email,
      suspendedUntil: entity.suspendedUntil,
      createdAt: entity.createdAt,
      isViewer: options.isViewer ?? false,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => Date, { description: 'When accessToken stops working (at most 15 minutes after it was issued).' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Long-lived, single use: each refreshSession returns a new one; reusing an old one ends the session. Null where the server set it as an HttpOnly cookie instead (requests that ask for that with the header x-refresh-cookie: 1, as the web app does).',
  })
  refreshToken: string | null;

  @Field(() => User)
  user: User;
}
