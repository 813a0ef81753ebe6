import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { LeaderboardPeriod } from '../models/leaderboard-period.enum';

/** The longest board stored and served. */
export const MAX_LEADERBOARD_SIZE = 100;

@ArgsType()
export class LeaderboardArgs {
  @IdField()
  campaignId: string;

  /** Nullable with a default, as the contract prints it; an explicit null means the default. */
  @Field(() => LeaderboardPeriod, { nullable: true, defaultValue: LeaderboardPeriod.ALL_TIME })
  @Transform(({ value }) => value ?? LeaderboardPeriod.ALL_TIME)
  @IsEnum(LeaderboardPeriod)
  period = LeaderboardPeriod.ALL_TIME;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @Transform(({ value }) => value ?? 10)
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_LEADERBOARD_SIZE}` })
  @Max(MAX_LEADERBOARD_SIZE, { message: `first must be between 1 and ${MAX_LEADERBOARD_SIZE}` })
  first = 10;
}
