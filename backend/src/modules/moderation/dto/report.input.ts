import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional } from 'class-validator';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { ReportReason } from '../moderation.enums';


/** Exactly one of storyId and commentId. */
@InputType()
export class ReportInput {
  @IdField({ nullable: true })
  storyId?: string | null;

  @IdField({ nullable: true })
  commentId?: string | null;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, LIMITS.note.report, { message: `The note must be at most ${LIMITS.note.report} characters.` })
  note?: string | null;
}
