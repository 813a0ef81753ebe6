import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Finding stories by words and hashtags, under the stories' own visibility rule. */
@Module({
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
