import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';
import { lowerCaseId } from './add-comment.args';

@ArgsType()
export class HideCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCaseId)
  commentId: string;

  /** Kept in the moderation log. */
  @Field()
  @Transform(trimmed)
  @CharacterLength(1, 500, { message: 'Give a reason of 1 to 500 characters.' })
  reason: string;
}
