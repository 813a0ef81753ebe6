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

const SEARCH_TEXT = 'story_search_text(s.title, s.body)';
const TITLE_TEXT = `story_search_text(s.title, '')`;

/**
 * Search over stories as any visitor sees them (the stories domain's listedStorySql: public
 * stories of open campaigns), through the StorySearch migration's trigram and hashtag indexes.
 * Ranked by relevance (how many of the words the title holds), then newest first; keyset-paged
 * on (relevance, published_at, id), so pages never repeat or skip a story.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async searchStories(args: SearchStoriesArgs): Promise<Page<StoryEntity>> {
    const { patterns, hashtagText } = parseSearchQuery(args.query);
    const query = this.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('s')
      .innerJoin('s.campaign', 'c')
      .where(listedStorySql('s', 'c'));
    if (args.campaignId) query.andWhere('s.campaign_id = :campaignId', { campaignId: args.campaignId });
    patterns.forEach((pattern, i) => query.andWhere(`${SEARCH_TEXT} LIKE :word${i}`, { [`word${i}`]: pattern }));
    if (hashtagText) query.andWhere('s.hashtags @> story_hashtags(:hashtagText)', { hashtagText });

    const rank = patterns.length ? patterns.map((_, i) => `(CASE WHEN ${TITLE_TEXT} LIKE :word${i} THEN 1 ELSE 0 END)`).join(' + ') : '0';
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
