import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';

@ArgsType()
export class HideCommentArgs {
  @IdField()
  commentId: string;

  /** Kept in the moderation log. */
  @Field()
  @Transform(trimmed)
  @CharacterLength(1, LIMITS.note.hideComment, { message: `Give a reason of 1 to ${LIMITS.note.hideComment} characters.` })
  reason: string;
}
