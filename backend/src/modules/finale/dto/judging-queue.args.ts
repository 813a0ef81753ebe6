import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';

export const MAX_JUDGING_PAGE = 100;

@ArgsType()
export class JudgingQueueArgs {
  @IdField()
  campaignId: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @Transform(({ value }) => value ?? 50)
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_JUDGING_PAGE}` })
  @Max(MAX_JUDGING_PAGE, { message: `first must be between 1 and ${MAX_JUDGING_PAGE}` })
  first = 50;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Stories to skip (oldest first).' })
  @Transform(({ value }) => value ?? 0)
  @IsInt()
  @Min(0)
  @Max(100_000)
  offset = 0;
}
