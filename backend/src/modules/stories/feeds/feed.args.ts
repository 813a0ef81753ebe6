import { ArgsType, Field } from '@nestjs/graphql';
import { IdField } from '../../../core/graphql/id.pipe';
import { Transform } from 'class-transformer';
import { IsEnum } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { FeedSort } from './feed-sort.enum';

@ArgsType()
export class FeedArgs extends PageArgs {
  @IdField()
  campaignId: string;

  /** Nullable with a default, as the contract prints it; an explicit null means NEW. */
  @Field(() => FeedSort, { nullable: true, defaultValue: FeedSort.NEW })
  @Transform(({ value }) => value ?? FeedSort.NEW)
  @IsEnum(FeedSort)
  sort = FeedSort.NEW;
}
