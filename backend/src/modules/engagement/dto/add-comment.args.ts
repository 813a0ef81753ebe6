import { ArgsType, Field, ID } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';

export const lowerCaseId = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);

@ArgsType()
export class AddCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCaseId)
  storyId: string;

  /** Trimmed at the ends; counted in characters as people count them (an emoji or 汉字 is one). */
  @Field()
  @Transform(trimmed)
  @CharacterLength(LIMITS.comment.min, LIMITS.comment.max, {
    message: `A comment must be ${LIMITS.comment.min} to ${LIMITS.comment.max.toLocaleString('en')} characters.`,
  })
  body: string;

  /** A top-level comment of the same story: replies go one level deep. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCaseId)
  parentId?: string | null;
}
