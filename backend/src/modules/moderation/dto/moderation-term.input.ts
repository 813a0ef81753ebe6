import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CharacterLength, trimmed } from '../../../core/validation/character-length.validator';
import { ModerationTermActionKind } from '../moderation.enums';

@InputType()
export class ModerationTermInput {
  @Field()
  @Transform(trimmed)
  @CharacterLength(1, 100, { message: 'The term must be 1 to 100 characters.' })
  term: string;

  @Field(() => ModerationTermActionKind)
  @IsEnum(ModerationTermActionKind)
  action: ModerationTermActionKind;

  @Field(() => ID, { nullable: true, description: 'Only in this campaign; omitted: in every campaign.' })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  campaignId?: string | null;
}
