import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isId } from '../../core/graphql/id.pipe';
import { Page, toPage } from '../../core/pagination/connection';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor';
import { listedStorySql } from '../stories/story-visibility';
import { StoryEntity } from '../stories/story.entity';
import { SearchStoriesArgs } from './dto/search-stories.args';
import { parseSearchQuery } from './search-query';

/**
 * Up to this many matches are read and sorted whole; beyond it, each relevance tier is read in
 * date order until a page is full. Either way no more than about this many stories are touched.
 */
const FEW_MATCHES = 1000;

/** Relevance: 1 when every word is in the title, else 0. Then newest first. */
type Rank = 0 | 1;
interface Position {
  rank: Rank;
  micros: string;
  id: string;
}

/**
 * Search over stories as any visitor sees them (the stories domain's listedStorySql: public
 * stories of open campaigns), through the StorySearch migration's trigram index on
 * stories.search_text and its hashtag index.
 *
 * Ranked by relevance (every word in the title first), then newest first, and keyset-paged on
 * (relevance, published_at, id). How to read the matches depends on how many there are, which
 * the planner cannot know (each of two words may be common and the pair rare), so a probe counts
 * up to FEW_MATCHES through the trigram index first:
 * - few: all of them through the index, sorted (a bitmap scan only: the planner would otherwise
 *   walk every story in date order hoping for matches that never come);
 * - many (a common word, a third of all stories): each relevance tier in date order until a page
 *   is full, instead of reading and sorting every match.
 * Over 100,000 stories either stays in tens of milliseconds; reading every match took half a second.
 */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async searchStories(args: SearchStoriesArgs): Promise<Page<StoryEntity>> {
    const { words, patterns, hashtagText } = parseSearchQuery(args.query);
    const after = args.after ? decodePosition(args.after) : null;

    /** One statement's SQL pieces, each value added to its own parameter list. */
    const statement = () => {
      const params: unknown[] = [];
      const param = (value: unknown) => `$${params.push(value)}`;
      const matching = [listedStorySql('s', 'c')];
      if (args.campaignId) matching.push(`s.campaign_id = ${param(args.campaignId)}`);
      for (const pattern of patterns) matching.push(`s.search_text LIKE ${param(pattern)}`);
      if (hashtagText) matching.push(`s.hashtags @> story_hashtags(${param(hashtagText)})`);
      // search_text holds the title first, then a newline, then the body.
      const inTitle = words.map((word) => `strpos(s.search_text, ${param(word)}) BETWEEN 1 AND strpos(s.search_text, E'\\n')`).join(' AND ') || null;
      return { params, param, matching, inTitle };
    };

    const rows = await this.dataSource.transaction(async (manager) => {
      // Through the indexes only (bitmap scans): every match, if there are few.
      await manager.query(`SET LOCAL enable_seqscan = off`);
      await manager.query(`SET LOCAL enable_indexscan = off`);
      const probe = statement();
      const found = await manager.query<Position[]>(
        `SELECT s.id, ${probe.inTitle ? `CASE WHEN ${probe.inTitle} THEN 1 ELSE 0 END` : '0'} AS rank, ${MICROS} AS micros
           FROM stories s JOIN campaigns c ON c.id = s.campaign_id WHERE ${probe.matching.join(' AND ')} LIMIT ${FEW_MATCHES}`,
        probe.params,
      );
      if (found.length < FEW_MATCHES) return found.filter((row) => !after || comparePositions(row, after) > 0).sort(comparePositions).slice(0, args.first + 1);

      // Many: each tier newest first, until a page is full.
      await manager.query(`SET LOCAL enable_indexscan = on`);
      const tiered = statement();
      const limit = tiered.param(args.first + 1);
      const tier = (rank: Rank, condition: string | null) => {
        if (after && after.rank < rank) return null; // that tier is behind the cursor
        const where = [...tiered.matching, ...(condition ? [condition] : [])];
        if (after && after.rank === rank) {
          where.push(
            `(s.published_at, s.id) < (TIMESTAMPTZ 'epoch' + CAST(${tiered.param(after.micros)} AS bigint) * INTERVAL '1 microsecond', CAST(${tiered.param(after.id)} AS uuid))`,
          );
        }
        return `(SELECT s.id, s.published_at, ${rank} AS rank, ${MICROS} AS micros FROM stories s JOIN campaigns c ON c.id = s.campaign_id
                  WHERE ${where.join(' AND ')} ORDER BY s.published_at DESC, s.id DESC LIMIT ${limit})`;
      };
      const tiers = tiered.inTitle ? [tier(1, tiered.inTitle), tier(0, `NOT (${tiered.inTitle})`)] : [tier(0, null)];
      return manager.query<Position[]>(
        `SELECT id, rank, micros FROM (${tiers.filter(Boolean).join(' UNION ALL ')}) matches ORDER BY rank DESC, published_at DESC, id DESC LIMIT ${limit}`,
        tiered.params,
      );
    });

    const stories = rows.length ? await this.dataSource.getRepository(StoryEntity).findBy({ id: In(rows.map((row) => row.id)) }) : [];
    const byId = new Map(stories.map((story) => [story.id, story]));
    const page = toPage(rows, args.first, (row) => encodeCursor([Number(row.rank), row.micros, row.id]));
    return { ...page, nodes: page.nodes.map((row) => byId.get(row.id)).filter((story): story is StoryEntity => !!story) };
  }
}

/** published_at as whole microseconds, as keyset cursors hold it (a JS Date keeps only milliseconds). */
const MICROS = 'CAST(CAST(extract(epoch FROM s.published_at) * 1000000 AS bigint) AS text)';

/** The result order: relevance, then newest, then id (all descending); negative when `a` comes first. */
function comparePositions(a: Position, b: Position): number {
  if (Number(a.rank) !== Number(b.rank)) return Number(b.rank) - Number(a.rank);
  const [ma, mb] = [BigInt(a.micros), BigInt(b.micros)];
  if (ma !== mb) return mb > ma ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

function decodePosition(cursor: string): Position {
  const [rank, micros, id] = decodeCursor(cursor, 3);
  if ((rank !== 0 && rank !== 1) || typeof micros !== 'string' || !/^-?\d{1,18}$/.test(micros) || !isId(id)) {
    throw new BadUserInputError('The cursor is not valid.', 'after');
  }
  return { rank, micros, id };
}
