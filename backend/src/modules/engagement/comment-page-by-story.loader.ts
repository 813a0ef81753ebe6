import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isId } from '../../core/graphql/id.pipe';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../../core/config/app-config';
import { RecentRows } from '../../core/graphql/recent-rows';
import { LoaderFactory } from '../../core/graphql/request-loaders';
import { Page } from '../../core/pagination/connection';
import { decodeCursor, encodeCursor } from '../../core/pagination/cursor';
import { isModerator } from '../accounts/role.enum';
import { CommentEntity } from './comment.entity';

export interface CommentPageKey {
  storyId: string;
  first: number;
  after?: string | null;
}

interface CommentRow {
  id: string;
  story_id: string;
  campaign_id: string;
  author_id: string;
  parent_id: string | null;
  thread_id: string;
  thread_created_at: Date;
  body: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  deleted_at: Date | null;
  thread_micros: string;
  created_micros: string;
}

const MICROS = /^-?\d{1,18}$/;

/**
 * A page of a story's comments in reading order: each top-level comment followed by its replies,
 * threads oldest first. Keyset over (thread_created_at, thread_id, created_at, id), the order of
 * comments_reading_order_idx; the cursor holds timestamps as whole microseconds so that comments
 * made in the same millisecond are neither skipped nor repeated.
 *
 * Batched: stories asking for the same page shape (first, after) share one LATERAL query, so a
 * feed showing the first comments of 20 stories costs one query, not 20.
 *
 * Everyone but moderators sees the same pages: queries share them for RECENT_READS_MS. A
 * comment added, hidden or deleted here (`forget`) moves its story to a new generation, so its
 * pages are read afresh (no scan of the shared pages per comment).
 */
@Injectable()
export class CommentPageByStoryLoader implements LoaderFactory<CommentPageKey, Page<CommentEntity>> {
  private readonly publicPages: RecentRows<Page<CommentEntity>>;
  /** Each story's generation, bumped by `forget`: part of the shared pages' keys. */
  private readonly generations = new LRUCache<string, number>({ max: 50_000 });
  private lastGeneration = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.publicPages = new RecentRows(config.RECENT_READS_MS);
  }

  /** The story's comments changed on this instance: the next query reads its pages afresh. */
  forget(storyId: string): void {
    this.generations.set(storyId, ++this.lastGeneration);
  }

  create(viewer: Viewer | null, recent = false) {
    const includeHidden = !!viewer && isModerator(viewer);
    const read = (keys: readonly CommentPageKey[]) => this.read(keys, includeHidden);
    if (!recent || includeHidden) return new DataLoader<CommentPageKey, Page<CommentEntity>, string>(read, { cacheKeyFn: cacheKey });
    return new DataLoader<CommentPageKey, Page<CommentEntity>, string>(
      async (keys) => {
        const shared = (key: CommentPageKey) => `${this.generations.get(key.storyId) ?? 0}|${cacheKey(key)}`;
        const byShared = new Map(keys.map((key) => [shared(key), key]));
        return this.publicPages.through((sharedKeys) => read(sharedKeys.map((k) => byShared.get(k)!)))(keys.map(shared));
      },
      { cacheKeyFn: cacheKey },
    );
  }

  private async read(keys: readonly CommentPageKey[], includeHidden: boolean): Promise<Page<CommentEntity>[]> {
    const groups = new Map<string, CommentPageKey[]>();
    for (const key of keys) {
      const shape = `${key.first}|${key.after ?? ''}`;
      groups.set(shape, [...(groups.get(shape) ?? []), key]);
    }
    const pages = new Map<string, Page<CommentEntity>>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { first, after } = group[0];
        const rows = await this.query([...new Set(group.map((k) => k.storyId))], first, after, includeHidden);
        const byStory = new Map<string, CommentRow[]>();
        for (const row of rows) byStory.set(row.story_id, [...(byStory.get(row.story_id) ?? []), row]);
        for (const key of group) pages.set(cacheKey(key), toCommentPage(byStory.get(key.storyId) ?? [], first, !includeHidden));
      }),
    );
    return keys.map((key) => pages.get(cacheKey(key))!);
  }

  private query(storyIds: string[], first: number, after: string | null | undefined, includeHidden: boolean): Promise<CommentRow[]> {
    const params: unknown[] = [storyIds, first + 1];
    let keyset = '';
    if (after) {
      const [threadMicros, threadId, createdMicros, id] = decodeCursor(after, 4);
      if (!isMicros(threadMicros) || !isId(threadId) || !isMicros(createdMicros) || !isId(id)) {
        throw new BadUserInputError('The cursor is not valid.', 'after');
      }
      params.push(threadMicros, threadId, createdMicros, id);
      keyset = `AND (c.thread_created_at, c.thread_id, c.created_at, c.id) >
                    (${fromMicros('$3')}, $4::uuid, ${fromMicros('$5')}, $6::uuid)`;
    }
    return this.dataSource.query(
      `SELECT c.*,
              (extract(epoch FROM c.thread_created_at) * 1000000)::bigint::text AS thread_micros,
              (extract(epoch FROM c.created_at) * 1000000)::bigint::text AS created_micros
         FROM unnest($1::uuid[]) AS page(story_id)
         CROSS JOIN LATERAL (
           SELECT * FROM comments c
            WHERE c.story_id = page.story_id AND (c.deleted_at IS NULL OR ${HAS_VISIBLE_REPLY})
              ${includeHidden ? '' : `AND (c.hidden_at IS NULL OR ${HAS_VISIBLE_REPLY})`}
              ${keyset}
            ORDER BY c.thread_created_at, c.thread_id, c.created_at, c.id
            LIMIT $2
         ) c
        ORDER BY c.story_id, c.thread_created_at, c.thread_id, c.created_at, c.id`,
      params,
    );
  }
}

/**
 * What readers see of deleted comments (and people who are not moderators of hidden ones):
 * nothing, unless replies that they can see answer it; then it stays in the thread as a
 * placeholder ("[deleted]", or hidden with no text), so the replies still answer something.
 * (The thread's columns lead the reading-order index.)
 */
const HAS_VISIBLE_REPLY = `EXISTS (
  SELECT 1 FROM comments reply
   WHERE reply.story_id = c.story_id AND reply.thread_created_at = c.thread_created_at AND reply.thread_id = c.thread_id
     AND reply.parent_id = c.id AND reply.deleted_at IS NULL AND reply.hidden_at IS NULL)`;

function cacheKey(key: CommentPageKey): string {
  return `${key.storyId}|${key.first}|${key.after ?? ''}`;
}

function isMicros(value: unknown): value is string {
  return typeof value === 'string' && MICROS.test(value);
}

function fromMicros(param: string): string {
  return `(TIMESTAMPTZ 'epoch' + ${param}::bigint * INTERVAL '1 microsecond')`;
}

function toCommentPage(rows: CommentRow[], first: number, blankHidden: boolean): Page<CommentEntity> {
  const hasNextPage = rows.length > first;
  const visible = hasNextPage ? rows.slice(0, first) : rows;
  const last = visible[visible.length - 1];
  return {
    nodes: visible.map((row) => {
      const comment = commentFromRow(row);
      // A placeholder: that a comment was hidden, never what it said nor who said it.
      if (blankHidden && comment.hiddenAt) Object.assign(comment, { body: '', hiddenReason: null, authorId: null });
      return comment;
    }),
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor([last.thread_micros, last.thread_id, last.created_micros, last.id]) : null,
    },
  };
}

/** A raw comments row as the entity TypeORM would have made of it. */
export function commentFromRow(row: Omit<CommentRow, 'thread_micros' | 'created_micros'>): CommentEntity {
  return Object.assign(new CommentEntity(), {
    id: row.id,
    storyId: row.story_id,
    campaignId: row.campaign_id,
    authorId: row.author_id,
    parentId: row.parent_id,
    threadId: row.thread_id,
    threadCreatedAt: row.thread_created_at,
    body: row.body,
    hiddenAt: row.hidden_at,
    hiddenReason: row.hidden_reason,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
  });
}
