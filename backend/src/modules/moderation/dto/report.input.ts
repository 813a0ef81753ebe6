import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { ReportReason } from '../moderation.enums';

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);

/** Exactly one of storyId and commentId. */
@InputType()
export class ReportInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
  storyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
  commentId?: string | null;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 1000, { message: 'The note must be at most 1,000 characters.' })
  note?: string | null;
}
