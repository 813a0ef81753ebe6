import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  /** Nullable with a default, as the contract prints it (`first: Int = 20`); an explicit null means 20. */
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @Transform(({ value }) => value ?? 20)
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(MAX_PAGE_SIZE, { message: 'first must be between 1 and 100' })
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  after?: string | null;
}
