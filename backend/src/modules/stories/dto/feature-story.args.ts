import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';

@ArgsType()
export class FeatureStoryArgs {
  @IdField()
  storyId: string;

  /** Why the brand picked it, shown with the story; blank means none. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmedOrNull)
  @CharacterLength(1, LIMITS.note.feature, { message: `A feature note must be at most ${LIMITS.note.feature} characters.` })
  note?: string | null;
}
