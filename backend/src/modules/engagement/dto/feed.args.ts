import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsUUID } from 'class-validator';
import { PageArgs } from '../../../core/pagination/page.args';
import { FeedSort } from '../models/feed-sort.enum';
import { lowerCaseId } from './add-comment.args';

@ArgsType()
export class FeedArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is malformed.' })
  @Transform(lowerCaseId)
  campaignId: string;

  /** Nullable with a default, as the contract prints it; an explicit null means NEW. */
  @Field(() => FeedSort, { nullable: true, defaultValue: FeedSort.NEW })
  @Transform(({ value }) => value ?? FeedSort.NEW)
  @IsEnum(FeedSort)
  sort = FeedSort.NEW;
}
