import { ArgsType, Field } from '@nestjs/graphql';
import { LIMITS } from '@ugc/shared';
import { IsString } from 'class-validator';
import { IdField } from '../../../core/graphql/id.pipe';
import { PageArgs } from '../../../core/pagination/page.args';
import { CharacterLength } from '../../../core/validation/character-length.validator';

@ArgsType()
export class SearchStoriesArgs extends PageArgs {
  @Field({ description: 'Words (all must appear) and #hashtags.' })
  @IsString()
  @CharacterLength(LIMITS.searchQuery.min, LIMITS.searchQuery.max, { message: `Search for ${LIMITS.searchQuery.min} to ${LIMITS.searchQuery.max} characters.` })
  query: string;

  @IdField({ nullable: true, description: 'Only this campaign.' })
  campaignId?: string | null;
}
