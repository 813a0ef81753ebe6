import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { lowerCaseId } from './add-comment.args';

@ArgsType()
export class FeatureStoryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCaseId)
  storyId: string;

  /** Why the brand picked it, shown with the story; blank means none. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmedOrNull)
  @CharacterLength(1, 500, { message: 'A feature note must be at most 500 characters.' })
  note?: string | null;
}
