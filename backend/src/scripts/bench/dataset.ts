import { randomUUID } from 'node:crypto';
import { ENTITIES } from '../../app.entities';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../core/config/app-config';
import { migrateWithLock } from '../../core/database/migrate';
import { openDatabase } from '../../core/database/open-database';
import { CampaignCounters } from '../../modules/campaigns/campaign-counters';
import { milestoneAboveSql } from '../../modules/notifications/like-milestones';
import { hotScoreSql } from '../../modules/stories/feeds/hot-score';
import { hourOfSql, KEPT_HOURS, WINDOW_COLUMN, WINDOW_PERIODS, windowLikesSql } from '../../modules/leaderboards/like-windows';

/** How many rows of each kind the bench data set holds. */
export interface DatasetSizes {
  users: number;
  /** Campaign A, the big one. */
  stories: number;
  likes: number;
  comments: number;
  /** Campaign B, the small one; likes and comments in the same proportion as A's. */
  smallStories: number;
}

/** Scale 1: campaign A with 100k stories, 1M likes, 200k comments, ~50k users; campaign B with 1k stories. */
export function datasetSizes(scale: number): DatasetSizes {
  const n = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  return { users: n(50_000, 50), stories: n(100_000, 20), likes: n(1_000_000, 100), comments: n(200_000, 20), smallStories: n(1_000, 10) };
}

export interface Dataset {
  sizes: DatasetSizes;
  campaignA: string;
  campaignB: string;
  adminId: string;
  loadedAt: Date;
  /** Seconds the load took (0 when reused). */
  loadSeconds: number;
  reused: boolean;
}

/** Marks a complete load: written last, so an interrupted load is redone rather than reused. */
const MARKER_TABLE = 'bench_dataset';
const CAMPAIGN_DAYS = 30;

/** Drops and recreates the database named in `url` (on the same server), empty. */
export async function resetDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`refusing to reset a database named ${JSON.stringify(name)}`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

/** True when the server answers for `url`'s database (false when the database does not exist). */
async function databaseExists(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') return false;
    throw error;
  }
}

/** The data set recorded in the marker table, if a complete load of these sizes is there. */
async function existingDataset(url: string, sizes: DatasetSizes): Promise<Dataset | undefined> {
  if (!(await databaseExists(url))) return undefined;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [table] = (await client.query(`SELECT to_regclass($1) AS t`, [MARKER_TABLE])).rows;
    if (!table.t) return undefined;
    const [row] = (await client.query(`SELECT sizes, campaign_a, campaign_b, admin_id, loaded_at FROM ${MARKER_TABLE} LIMIT 1`)).rows;
    // jsonb keeps its own key order: compare field by field.
    const stored = row?.sizes as Partial<DatasetSizes> | undefined;
    if (!stored || (Object.keys(sizes) as (keyof DatasetSizes)[]).some((key) => stored[key] !== sizes[key])) return undefined;
    return { sizes, campaignA: row.campaign_a, campaignB: row.campaign_b, adminId: row.admin_id, loadedAt: row.loaded_at, loadSeconds: 0, reused: true };
  } finally {
    await client.end();
  }
}

/**
 * The bench's data set in `url`'s database: reused when a complete load of the same sizes is
 * there, else the database is dropped, recreated, migrated with the product's own migrations
 * and filled with COPY. Derived columns (shards, counts, hot scores, campaign counters) are
 * computed in SQL from the rows afterwards, as the product would have kept them.
 */
export async function ensureDataset(url: string, sizes: DatasetSizes, options: { reload?: boolean; log?: (line: string) => void } = {}): Promise<Dataset> {
  const log = options.log ?? (() => undefined);
  if (!options.reload) {
    const existing = await existingDataset(url, sizes);
    if (existing) {
      // Migrations added since the load (each fills what it adds from the rows already there).
      const { dataSource, close } = await openDatabase(loadConfig({ NODE_ENV: 'development', DATABASE_URL: url }), ENTITIES);
      try {
        await migrateWithLock(dataSource);
      } finally {
        await close();
      }
      log(`reusing the data set loaded ${existing.loadedAt.toISOString()}`);
      return existing;
    }
  }
  const started = Date.now();
  await resetDatabase(url);
  const { dataSource, close } = await openDatabase(loadConfig({ NODE_ENV: 'development', DATABASE_URL: url }), ENTITIES);
  try {
    await migrateWithLock(dataSource);
    log('migrated; copying rows');
    const dataset = await fill(dataSource, url, sizes, log);
    const loadSeconds = (Date.now() - started) / 1000;
    log(`loaded in ${loadSeconds.toFixed(0)} s`);
    return { ...dataset, loadSeconds, reused: false };
  } finally {
    await close();
  }
}

/** Fast, seeded pseudo-random numbers (mulberry32): the same data set on every load. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** COPY ... FROM STDIN of the rows `lines` yields (text format, tab-separated, \N for NULL). */
async function copyRows(client: Client, sql: string, lines: Iterable<string>): Promise<void> {
  function* chunks(): Generator<string> {
    let chunk = '';
    for (const line of lines) {
      chunk += line + '\n';
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

interface Campaign {
  id: string;
  stories: number;
  likes: number;
  comments: number;
  storyIds: string[];
  publishedAt: number[];
}

async function fill(dataSource: DataSource, url: string, sizes: DatasetSizes, log: (line: string) => void): Promise<Omit<Dataset, 'loadSeconds' | 'reused'>> {
  const rand = random(20_261_201);
  const now = Date.now();
  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();

  const [admin] = await dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, role) VALUES ('bench-admin@example.com', 'Bench admin', 'x', 'ADMIN') RETURNING id`,
  );
  // No moderation: a submitted story is APPROVED at once, so submitStory does the counter work
  // whose cost depends on the campaign's size (the A ÷ B ratio is about that).
  const insertCampaign = async (slug: string, title: string): Promise<string> =>
    (
      await dataSource.query(
        `INSERT INTO campaigns (slug, title, description, hashtag, starts_at, ends_at, requires_moderation, created_by_id)
         VALUES ($1::text, $2, 'The bench''s campaign', $1::text, now() - make_interval(days => $3), now() + make_interval(days => $3), false, $4) RETURNING id`,
        [slug, title, CAMPAIGN_DAYS, admin.id],
      )
    )[0].id;
  const campaigns: Campaign[] = [
    { id: await insertCampaign('bench-a', 'Bench campaign A'), stories: sizes.stories, likes: sizes.likes, comments: sizes.comments, storyIds: [], publishedAt: [] },
    {
      id: await insertCampaign('bench-b', 'Bench campaign B'),
      stories: sizes.smallStories,
      likes: Math.round((sizes.likes * sizes.smallStories) / sizes.stories),
      comments: Math.round((sizes.comments * sizes.smallStories) / sizes.stories),
      storyIds: [],
      publishedAt: [],
    },
  ];

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const userIds = Array.from({ length: sizes.users }, () => randomUUID());
    const userCreated = iso(now - 60 * day);
    await copyRows(
      client,
      `COPY users (id, email, display_name, password_hash, created_at) FROM STDIN`,
      userIds.map((id, i) => `${id}\tbench-user-${i}@example.com\tFan ${i}\tx\t${userCreated}`),
    );
    log(`users: ${sizes.users}`);

    // Stories go in with triggers on: the product's trigger derives hashtags from the body.
    for (const [c, campaign] of campaigns.entries()) {
      for (let i = 0; i < campaign.stories; i++) {
        campaign.storyIds.push(randomUUID());
        campaign.publishedAt.push(now - rand() * (CAMPAIGN_DAYS - 0.01) * day);
      }
      await copyRows(
        client,
        `COPY stories (id, campaign_id, author_id, title, body, status, usage_rights_granted, usage_rights_granted_at, published_at, created_at, updated_at) FROM STDIN`,
        (function* () {
          for (let i = 0; i < campaign.stories; i++) {
            const at = iso(campaign.publishedAt[i]);
            const rights = i % 3 === 0;
            yield [
              campaign.storyIds[i],
              campaign.id,
              userIds[Math.floor(rand() * userIds.length)],
              `Story ${c}-${i}`,
              `A little thing I love, day ${i % 30}. #bench${i % 20} #我的生活小物`,
              'APPROVED',
              rights ? 't' : 'f',
              rights ? at : '\\N',
              at,
              at,
              at,
            ].join('\t');
          }
        })(),
      );
      log(`stories of campaign ${'AB'[c]}: ${campaign.stories}`);
    }

    // The rest is consistent by construction: skip the foreign-key triggers for speed.
    await client.query(`SET session_replication_role = replica`);
    for (const [c, campaign] of campaigns.entries()) {
      await copyRows(
        client,
        `COPY photos (id, owner_id, story_id, position, status, declared_content_type, declared_byte_size, original_filename, content_type, width, height, original_key, display_key, thumbnail_key, uploaded_at, processed_at, created_at) FROM STDIN`,
        (function* () {
          for (let i = 0; i < campaign.stories; i++) {
            const at = iso(campaign.publishedAt[i]);
            for (let p = 0; p < (i % 3) + 1; p++) {
              const id = randomUUID();
              const bits = id.replace(/-/g, '');
              yield [
                id, userIds[0], campaign.storyIds[i], p, 'READY', 'image/jpeg', 250_000, `photo-${p}.jpg`, 'image/jpeg', 1600, 1200,
                // A processed photo's original is already deleted (original_key NULL); one left
                // would have the server "resume" processing it at start.
                '\\N', `photos/${id}/${bits}-display.jpg`, `photos/${id}/${bits}-thumb.jpg`, at, at, at,
              ].join('\t');
            }
          }
        })(),
      );

      // Likes: a few stories get most of them (a cubic skew), from distinct users per story.
      await copyRows(
        client,
        `COPY story_likes (story_id, user_id, campaign_id, created_at) FROM STDIN`,
        (function* () {
          const seen = new Set<number>();
          const possible = campaign.stories * userIds.length;
          const target = Math.min(campaign.likes, Math.floor(possible / 2));
          while (seen.size < target) {
            const s = Math.floor(Math.pow(rand(), 3) * campaign.stories);
            const u = Math.floor(rand() * userIds.length);
            const key = s * userIds.length + u;
            if (seen.has(key)) continue;
            seen.add(key);
            const published = campaign.publishedAt[s];
            yield `${campaign.storyIds[s]}\t${userIds[u]}\t${campaign.id}\t${iso(published + rand() * (now - published))}`;
          }
        })(),
      );

      await copyRows(
        client,
        `COPY comments (id, story_id, campaign_id, author_id, thread_id, thread_created_at, body, created_at) FROM STDIN`,
        (function* () {
          for (let i = 0; i < campaign.comments; i++) {
            const s = Math.floor(Math.pow(rand(), 2) * campaign.stories);
            const id = randomUUID();
            const published = campaign.publishedAt[s];
            const at = iso(published + rand() * (now - published));
            yield `${id}\t${campaign.storyIds[s]}\t${campaign.id}\t${userIds[Math.floor(rand() * userIds.length)]}\t${id}\t${at}\tSo lovely, thank you for sharing ${i}!\t${at}`;
          }
        })(),
      );
      log(`photos, likes and comments of campaign ${'AB'[c]}: ${campaign.likes} likes, ${campaign.comments} comments`);
    }
    await client.query(`SET session_replication_role = origin`);
  } finally {
    await client.end();
  }

  await deriveCounters(dataSource, campaigns.map((c) => c.id));
  log('counters derived');
  await dataSource.query(`VACUUM ANALYZE`);
  await dataSource.query(`CREATE TABLE ${MARKER_TABLE} (sizes jsonb NOT NULL, campaign_a uuid NOT NULL, campaign_b uuid NOT NULL, admin_id uuid NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now())`);
  await dataSource.query(`INSERT INTO ${MARKER_TABLE} (sizes, campaign_a, campaign_b, admin_id) VALUES ($1, $2, $3, $4)`, [
    JSON.stringify(sizes),
    campaigns[0].id,
    campaigns[1].id,
    admin.id,
  ]);
  return { sizes, campaignA: campaigns[0].id, campaignB: campaigns[1].id, adminId: admin.id, loadedAt: new Date() };
}

/**
 * Computes every stored counter from the rows, as the product keeps them: one shard per story
 * holding its exact likes and comments, the ordering columns and hot score on stories (the
 * roll-up's formula), and each campaign's counters (the product's own recount). Shards are
 * dated a day back so that the server's first roll-up finds nothing to do.
 */
export async function deriveCounters(dataSource: DataSource, campaignIds: string[]): Promise<void> {
  await dataSource.query(`DELETE FROM story_stat_shards`);
  await dataSource.query(
    `INSERT INTO story_stat_shards (story_id, shard, likes, comments, updated_at)
     SELECT s.id, 0, coalesce(l.n, 0), coalesce(c.n, 0), now() - interval '1 day'
       FROM stories s
       LEFT JOIN (SELECT story_id, count(*)::int AS n FROM story_likes GROUP BY story_id) l ON l.story_id = s.id
       LEFT JOIN (SELECT story_id, count(*)::int AS n FROM comments WHERE deleted_at IS NULL GROUP BY story_id) c ON c.story_id = s.id
      WHERE l.n IS NOT NULL OR c.n IS NOT NULL`,
  );
  await dataSource.query(
    `UPDATE stories s
        SET like_count = coalesce(sh.likes, 0), comment_count = coalesce(sh.comments, 0),
            hot_score = ${hotScoreSql('coalesce(sh.likes, 0)', 'coalesce(s.published_at, s.created_at)')},
            -- Loaded likes are history: nobody is told of milestones they passed before the bench.
            next_like_milestone = ${milestoneAboveSql('coalesce(sh.likes, 0)')}
       FROM stories s2
       LEFT JOIN (SELECT story_id, sum(likes)::int AS likes, sum(comments)::int AS comments FROM story_stat_shards GROUP BY story_id) sh
              ON sh.story_id = s2.id
      WHERE s.id = s2.id`,
  );
  // The DAY and WEEK windows' hours, as the trigger on story_likes would have kept them (it does
  // not fire during the COPY), and each story's counts in them.
  await dataSource.query(`DELETE FROM story_like_hours`);
  await dataSource.query(
    `INSERT INTO story_like_hours (story_id, hour, shard, likes)
     SELECT story_id, ${hourOfSql('created_at')}, 0, count(*)::int FROM story_likes
      WHERE counted AND created_at >= ${hourOfSql('now()')} - ${KEPT_HOURS}
      GROUP BY 1, 2`,
  );
  await dataSource.query(
    `UPDATE stories s SET ${WINDOW_PERIODS.map((period) => `${WINDOW_COLUMN[period]} = ${windowLikesSql(period, 's.id')}`).join(', ')}
      WHERE s.id IN (SELECT DISTINCT story_id FROM story_like_hours)`,
  );
  const counters = new CampaignCounters();
  for (const id of campaignIds) await dataSource.transaction((manager) => counters.recompute(manager, id));
}

/** Every stored counter that disagrees with the rows (empty when the data set is consistent). */
export async function counterMismatches(dataSource: DataSource): Promise<string[]> {
  const problems: string[] = [];
  const shards: { id: string; likes: number; shard_likes: number; comments: number; shard_comments: number; like_count: number; comment_count: number }[] =
    await dataSource.query(
      `SELECT s.id, s.like_count, s.comment_count,
              (SELECT count(*)::int FROM story_likes l WHERE l.story_id = s.id) AS likes,
              (SELECT count(*)::int FROM comments c WHERE c.story_id = s.id AND c.deleted_at IS NULL) AS comments,
              (SELECT coalesce(sum(likes), 0)::int FROM story_stat_shards sh WHERE sh.story_id = s.id) AS shard_likes,
              (SELECT coalesce(sum(comments), 0)::int FROM story_stat_shards sh WHERE sh.story_id = s.id) AS shard_comments
         FROM stories s`,
    );
  for (const s of shards) {
    if (s.likes !== s.shard_likes || s.likes !== s.like_count) problems.push(`story ${s.id}: ${s.likes} likes, shards ${s.shard_likes}, like_count ${s.like_count}`);
    if (s.comments !== s.shard_comments || s.comments !== s.comment_count) {
      problems.push(`story ${s.id}: ${s.comments} comments, shards ${s.shard_comments}, comment_count ${s.comment_count}`);
    }
  }
  const unscored: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM stories WHERE status = 'APPROVED' AND hot_score <= 0`);
  if (unscored[0].n) problems.push(`${unscored[0].n} approved stories without a hot score`);
  const campaigns: { id: string; story_count: number; participant_count: number; stories: number; authors: number }[] = await dataSource.query(
    `SELECT c.id,
            (SELECT coalesce(sum(stories), 0)::int FROM campaign_counter_shards sh WHERE sh.campaign_id = c.id) AS story_count,
            (SELECT coalesce(sum(participants), 0)::int FROM campaign_counter_shards sh WHERE sh.campaign_id = c.id) AS participant_count,
            (SELECT count(*)::int FROM stories s WHERE s.campaign_id = c.id AND s.status = 'APPROVED' AND s.deleted_at IS NULL) AS stories,
            (SELECT count(DISTINCT author_id)::int FROM stories s WHERE s.campaign_id = c.id AND s.status = 'APPROVED' AND s.deleted_at IS NULL) AS authors
       FROM campaigns c`,
  );
  for (const c of campaigns) {
    if (c.story_count !== c.stories || c.participant_count !== c.authors) {
      problems.push(`campaign ${c.id}: ${c.story_count} stories counted of ${c.stories}, ${c.participant_count} participants of ${c.authors}`);
    }
  }
  return problems;
}
