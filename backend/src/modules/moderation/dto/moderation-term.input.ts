import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsEnum } from 'class-validator';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';
import { ModerationTermActionKind } from '../moderation.enums';

@InputType()
export class ModerationTermInput {
  @Field()
  @Transform(trimmed)
  @CharacterLength(1, LIMITS.moderationTerm, { message: `The term must be 1 to ${LIMITS.moderationTerm} characters.` })
  term: string;

  @Field(() => ModerationTermActionKind)
  @IsEnum(ModerationTermActionKind)
  action: ModerationTermActionKind;

  @IdField({ nullable: true, description: 'Only in this campaign; omitted: in every campaign.' })
  campaignId?: string | null;
}
