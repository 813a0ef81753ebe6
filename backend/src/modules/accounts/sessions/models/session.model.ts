import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SessionEntity } from '../session.entity';

@ObjectType('Session')
export class Session {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field(() => String, { nullable: true, description: 'As the browser sent it, shortened.' })
  userAgent: string | null;

  @Field({ description: 'The session this request is made with.' })
  current: boolean;

  static from(entity: SessionEntity, currentSessionId: string | null): Session {
    return Object.assign(new Session(), {
      id: entity.id,
      createdAt: entity.createdAt,
      lastSeenAt: entity.lastSeenAt,
      userAgent: entity.userAgent,
      current: entity.id === currentSessionId,
    });
  }
}
