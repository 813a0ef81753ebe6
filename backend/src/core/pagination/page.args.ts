import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
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
