import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { CharacterLength, trimmedOrNull } from '../../../core/validation/character-length.validator';
import { StoryStatus } from '../../stories/story-status.enum';
import { ModerationDecision, ReportStatus } from '../moderation.enums';

const lowerCase = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
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
  @Field(() => ID, { nullable: true, description: 'Only the entries about this story.' })
  @IsOptional()
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
  storyId?: string | null;
}

@ArgsType()
export class ModerateStoryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
  storyId: string;

  @Field(() => ModerationDecision)
  @IsEnum(ModerationDecision)
  decision: ModerationDecision;

  /** Required for REJECT (the author reads it) and REMOVE; blank counts as missing. */
  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 1000, { message: 'The reason must be at most 1,000 characters.' })
  reason?: string | null;
}

@ArgsType()
export class ResolveReportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCase)
  reportId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'true: the report was unfounded (DISMISSED) rather than acted on (RESOLVED).' })
  @Transform(({ value }) => value ?? false)
  @IsBoolean()
  dismiss: boolean = false;

  @Field(() => String, { nullable: true })
  @Transform(trimmedOrNull)
  @IsOptional()
  @CharacterLength(1, 1000, { message: 'The note must be at most 1,000 characters.' })
  note?: string | null;
}
