import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isId } from '../../core/graphql/id.pipe';
import { Page, toPage } from '../../core/pagination/connection';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor';
import { listedStorySql } from '../stories/story-visibility';
import { StoryEntity } from '../stories/story.entity';
import { SearchStoriesArgs } from './dto/search-stories.args';
import { parseSearchQuery } from './search-query';

/** Where a word is in the title: search_text holds the title first, then a newline, then the body. */
const inTitle = (param: string) => `(CASE WHEN strpos(s.search_text, :${param}) BETWEEN 1 AND strpos(s.search_text, E'\\n') THEN 1 ELSE 0 END)`;

/**
 * Search over stories as any visitor sees them (the stories domain's listedStorySql: public
 * stories of open campaigns), through the StorySearch migration's trigram index on
 * stories.search_text and its hashtag index.
 * Ranked by relevance (how many of the words the title holds), then newest first; keyset-paged
 * on (relevance, published_at, id), so pages never repeat or skip a story.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async searchStories(args: SearchStoriesArgs): Promise<Page<StoryEntity>> {
    const { words, patterns, hashtagText } = parseSearchQuery(args.query);
    const query = this.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('s')
      .innerJoin('s.campaign', 'c')
      .where(listedStorySql('s', 'c'));
    if (args.campaignId) query.andWhere('s.campaign_id = :campaignId', { campaignId: args.campaignId });
    patterns.forEach((pattern, i) => query.andWhere(`s.search_text LIKE :pattern${i}`, { [`pattern${i}`]: pattern, [`word${i}`]: words[i] }));
    if (hashtagText) query.andWhere('s.hashtags @> story_hashtags(:hashtagText)', { hashtagText });

    const rank = words.length ? words.map((_, i) => inTitle(`word${i}`)).join(' + ') : '0';
    if (args.after) {
      const [afterRank, micros, id] = decodeCursor(args.after, 3);
      if (typeof afterRank !== 'number' || typeof micros !== 'string' || !/^-?\d{1,18}$/.test(micros) || !isId(id)) {
        throw new BadUserInputError('The cursor is not valid.', 'after');
      }
      query.andWhere(
        `(${rank}, s.published_at, s.id) < (CAST(:afterRank AS int), TIMESTAMPTZ 'epoch' + CAST(:afterMicros AS bigint) * INTERVAL '1 microsecond', CAST(:afterId AS uuid))`,
        { afterRank, afterMicros: micros, afterId: id },
      );
    }
    query
      .addSelect(rank, 'search_rank')
      .addSelect(`CAST(CAST(extract(epoch FROM s.published_at) * 1000000 AS bigint) AS text)`, 'search_micros')
      .orderBy('search_rank', 'DESC')
      .addOrderBy('s.published_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(args.first + 1);
    const { entities, raw } = await query.getRawAndEntities<{ s_id: string; search_rank: number | string; search_micros: string }>();
    const keyOf = new Map(raw.map((row) => [row.s_id, [Number(row.search_rank), row.search_micros]]));
    return toPage(entities, args.first, (story) => encodeCursor([...keyOf.get(story.id)!, story.id]));
  }
}
