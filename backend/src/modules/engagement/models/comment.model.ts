import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommentEntity } from '../comment.entity';

@ObjectType('Comment')
export class Comment {
  @Field(() => ID)
  id: string;

  /** Not fields: the ids behind `story` and `author`. */
  storyId: string;
  authorId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field({ description: 'Hidden by a moderator: only moderators still see it.' })
  hidden: boolean;

  @Field()
  createdAt: Date;

  static from(entity: CommentEntity): Comment {
    return Object.assign(new Comment(), {
      id: entity.id,
      storyId: entity.storyId,
      authorId: entity.authorId,
      body: entity.body,
      parentId: entity.parentId,
      hidden: entity.hiddenAt !== null,
      createdAt: entity.createdAt,
    });
  }
}
