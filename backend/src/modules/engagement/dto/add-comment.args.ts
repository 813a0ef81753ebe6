import { ArgsType, Field } from '@nestjs/graphql';
import { IdField } from '../../../core/graphql/id.pipe';
import { LIMITS } from '@ugc/shared';
import { Transform } from 'class-transformer';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';


@ArgsType()
export class AddCommentArgs {
  @IdField()
  storyId: string;

  /** Trimmed at the ends; counted in characters as people count them (an emoji or 汉字 is one). */
  @Field()
  @Transform(trimmed)
  @CharacterLength(LIMITS.comment.min, LIMITS.comment.max, {
    message: `A comment must be ${LIMITS.comment.min} to ${LIMITS.comment.max.toLocaleString('en')} characters.`,
  })
  body: string;

  /** A top-level comment of the same story: replies go one level deep. */
  @IdField({ nullable: true })
  parentId?: string | null;
}
