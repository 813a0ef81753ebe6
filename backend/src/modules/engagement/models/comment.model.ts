import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommentEntity } from '../comment.entity';

export const DELETED_COMMENT_BODY = '[deleted]';

@ObjectType('Comment')
export class Comment {
  @Field(() => ID)
  id: string;

  /** Not fields: the ids behind `story` and `author`. */
  storyId: string;
  authorId: string | null;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field({ description: 'Hidden by a moderator: only moderators still see it.' })
  hidden: boolean;

  @Field({ description: 'Deleted by its author (or with their account): kept as "[deleted]", with no author, while replies answer it.' })
  deleted: boolean;

  @Field()
  createdAt: Date;

  static from(entity: CommentEntity): Comment {
    const deleted = !!entity.deletedAt;
    return Object.assign(new Comment(), {
      id: entity.id,
      storyId: entity.storyId,
      // A deleted comment keeps neither its words nor who wrote them.
      authorId: deleted ? null : entity.authorId,
      body: deleted ? DELETED_COMMENT_BODY : entity.body,
      deleted,
      parentId: entity.parentId,
      hidden: entity.hiddenAt !== null,
      createdAt: entity.createdAt,
    });
  }
}
