import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { StoryStatus } from '../../stories/story-status.enum';
import { ModerationDecision, ReportStatus } from '../moderation.enums';


@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @IdField({ nullable: true })
  campaignId?: string | null;

  @Field(() => StoryStatus, { nullable: true, defaultValue: StoryStatus.PENDING })
  @Transform(({ value }) => value ?? StoryStatus.PENDING)
  @IsEnum(StoryStatus)
  status: StoryStatus = StoryStatus.PENDING;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ReportStatus, { nullable: true, defaultValue: ReportStatus.OPEN })
  @Transform(({ value }) => value ?? ReportStatus.OPEN)
  @IsEnum(ReportStatus)
  status: ReportStatus = ReportStatus.OPEN;
}

@ArgsType()
export class ModerationLogArgs extends PageArgs {
  @IdField({ nullable: true, description: 'Only the entries about this story.' })
  storyId?: string | null;
}

@ArgsType()
export class ModerateStoryArgs {
  @IdField()
  storyId: string;

  @Field(() => ModerationDecision)
  @IsEnum(ModerationDecision)
  decision: ModerationDecision;

  /** Required for REJECT (the author reads it) and REMOVE; blank counts as missing. */
  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, LIMITS.note.reject, { message: `The reason must be at most ${LIMITS.note.reject} characters.` })
  reason?: string | null;
}

@ArgsType()
export class ResolveReportArgs {
  @IdField()
  reportId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'true: the report was unfounded (DISMISSED) rather than acted on (RESOLVED).' })
  @Transform(({ value }) => value ?? false)
  @IsBoolean()
  dismiss: boolean = false;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, LIMITS.note.resolveReport, { message: `The note must be at most ${LIMITS.note.resolveReport} characters.` })
  note?: string | null;
}
