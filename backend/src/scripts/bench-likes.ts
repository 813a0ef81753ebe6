import 'reflect-metadata';
import { ENTITIES } from '../app.entities';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { loadConfig } from '../core/config/app-config';
import { dataSourceOptions } from '../core/database/data-source-options';
import { EmbeddedPostgres } from '../core/database/embedded-postgres';
import { migrateWithLock } from '../core/database/migrate';
import { ADD_TO_SHARD_SQL, LIKE_MANY_SQL, randomShard } from '../modules/engagement/story-stat-shards';

/**
 * `npm run build -w backend && node backend/dist/scripts/bench-likes.js [likes] [connections]`
 *
 * A burst of likes on ONE story, each from a different account, all fired at once: how the
 * sharded counter (what LikesService runs) compares with a naive single counter row
 * (`UPDATE stories SET like_count = like_count + 1` in the same transaction). Runs against
 * DATABASE_URL (real PostgreSQL) or, without it, a throwaway PGlite. Each variant checks that its
 * final count is exact.
 */
const LIKES = Number(process.argv[2] ?? 2000);

interface Variant {
  name: string;
  like: (db: DataSource, storyId: string, userId: string, campaignId: string) => Promise<void>;
  count: (db: DataSource, storyId: string) => Promise<number>;
}

const shardSum = async (db: DataSource, storyId: string) =>
  Number((await db.query(`SELECT coalesce(sum(likes), 0)::int AS n FROM story_stat_shards WHERE story_id = $1`, [storyId]))[0].n);
const counterColumn = async (db: DataSource, storyId: string) =>
  Number((await db.query(`SELECT like_count AS n FROM stories WHERE id = $1`, [storyId]))[0].n);

const VARIANTS: Variant[] = [
  {
    name: 'sharded, one statement (LikesService)',
    like: async (db, storyId, userId, campaignId) => {
      await db.query(LIKE_MANY_SQL, [[storyId], [userId], [campaignId], [randomShard()], [null]]);
    },
    count: shardSum,
  },
  {
    name: 'sharded, BEGIN; INSERT like; upsert shard; COMMIT',
    like: (db, storyId, userId, campaignId) =>
      db.transaction(async (m) => {
        const inserted = await m.query(
          `INSERT INTO story_likes (story_id, user_id, campaign_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
          [storyId, userId, campaignId],
        );
        if (inserted.length) await m.query(ADD_TO_SHARD_SQL, [storyId, randomShard(), 1, 0]);
      }),
    count: shardSum,
  },
  {
    name: 'naive counter row, one statement',
    like: async (db, storyId, userId, campaignId) => {
      await db.query(
        `WITH liked AS (INSERT INTO story_likes (story_id, user_id, campaign_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING story_id)
         UPDATE stories SET like_count = like_count + 1 WHERE id IN (SELECT story_id FROM liked)`,
        [storyId, userId, campaignId],
      );
    },
    count: counterColumn,
  },
  {
    name: 'naive counter row, BEGIN; INSERT like; UPDATE stories; COMMIT',
    like: (db, storyId, userId, campaignId) =>
      db.transaction(async (m) => {
        const inserted = await m.query(
          `INSERT INTO story_likes (story_id, user_id, campaign_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
          [storyId, userId, campaignId],
        );
        if (inserted.length) await m.query(`UPDATE stories SET like_count = like_count + 1 WHERE id = $1`, [storyId]);
      }),
    count: counterColumn,
  },
];

async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' });
  const scratch = config.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'ugc-bench-'));
  const embedded = scratch ? await EmbeddedPostgres.start(scratch) : undefined;
  // PGlite takes one connection (see dataSourceOptions); a real server gets real concurrency.
  const connections = embedded ? 1 : Number(process.argv[3] ?? 50);
  const options = dataSourceOptions(config.DATABASE_URL ?? embedded!.url, { embedded: !!embedded, entities: ENTITIES });
  const db = await new DataSource({ ...options, extra: { max: connections, connectionTimeoutMillis: 60_000 } }).initialize();
  try {
    await migrateWithLock(db, { embedded: !!embedded });
    const [server] = await db.query(`SELECT version() AS version`);
    console.log(`${server.version.split(' on ')[0]}: ${LIKES} likes on one story, ${connections} connections\n`);
    const tag = Date.now().toString(36);
    const [admin] = await db.query(
      `INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, 'Bench', 'x', 'ADMIN') RETURNING id`,
      [`bench-${tag}@example.com`],
    );
    const [campaign] = await db.query(
      `INSERT INTO campaigns (slug, title, description, starts_at, ends_at, created_by_id)
       VALUES ($1, 'Bench', 'Bench', now() - interval '1 day', now() + interval '1 day', $2) RETURNING id`,
      [`bench-${tag}`, admin.id],
    );
    const users: { id: string }[] = await db.query(
      `INSERT INTO users (email, display_name, password_hash)
       SELECT 'bench-${tag}-' || n || '@example.com', 'Fan ' || n, 'x' FROM generate_series(1, $1) AS n RETURNING id`,
      [LIKES],
    );

    for (const variant of VARIANTS) {
      const [story] = await db.query(
        `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at) VALUES ($1, $2, 'Viral', 'Viral', 'APPROVED', now()) RETURNING id`,
        [campaign.id, admin.id],
      );
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        users.map(async (user) => {
          const t0 = performance.now();
          await variant.like(db, story.id, user.id, campaign.id);
          latencies.push(performance.now() - t0);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
      const counted = await variant.count(db, story.id);
      console.log(
        `${variant.name.padEnd(62)} ${(LIKES / seconds).toFixed(0).padStart(6)} likes/s   p50 ${pct(50).padStart(7)} ms   p95 ${pct(95).padStart(7)} ms   p99 ${pct(99).padStart(7)} ms   count ${counted === LIKES ? 'exact' : `WRONG (${counted})`}`,
      );
    }
    await db.query(`DELETE FROM campaigns WHERE id = $1`, [campaign.id]);
    await db.query(`DELETE FROM users WHERE email LIKE $1`, [`bench-${tag}%`]);
  } finally {
    await db.destroy();
    await embedded?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
