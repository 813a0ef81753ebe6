import { performance } from 'node:perf_hooks';
import { ENTITIES } from '../app.entities';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config/app-config';
import { migrateWithLock } from '../core/database/migrate';
import { openDatabase } from '../core/database/open-database';
import { AnalyticsService } from '../modules/analytics/analytics.service';

/**
 * `node backend/dist/scripts/bench-analytics.js [stories] [likesPerStory]`: fills a scratch
 * database (DATABASE_URL's server, else PGlite) with one campaign of N stories, N×L likes and
 * N×2 comments, then times campaignStats. Run it on an empty or throwaway database only.
 */
async function main() {
  const stories = Number(process.argv[2] ?? 100_000);
  const likesPerStory = Number(process.argv[3] ?? 10);
  const scratch = mkdtempSync(join(tmpdir(), 'ugc-bench-'));
  const { dataSource, embedded, close } = await openDatabase(loadConfig({ ...process.env, DATA_DIR: scratch }), ENTITIES);
  try {
    await migrateWithLock(dataSource, { embedded });
    const users = 2000;
    const started = performance.now();
    const [existing] = await dataSource.query(`SELECT id FROM campaigns WHERE slug LIKE 'bench-%' LIMIT 1`);
    const campaignId: string = existing?.id ?? (await fill());
    async function fill(): Promise<string> {
    await dataSource.query(
      `INSERT INTO users (email, password_hash, display_name)
       SELECT 'bench' || n || '@example.com', 'x', 'Bench ' || n FROM generate_series(1, ${users}) n ON CONFLICT DO NOTHING`,
    );
    const [{ id: ownerId }] = await dataSource.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
    const [{ id: campaignId }] = await dataSource.query(
      `INSERT INTO campaigns (slug, title, description, starts_at, ends_at, created_by_id)
       VALUES ('bench-' || floor(random() * 1e9), 'Bench', 'Bench', now() - interval '30 days', now() + interval '1 day', $1) RETURNING id`,
      [ownerId],
    );
    await dataSource.query(
      `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at, created_at, usage_rights_granted)
       SELECT $1, u.id, 'Story ' || n, 'A little thing #bench' || (n % 20) || ' #我的生活小物', CASE WHEN n % 10 = 0 THEN 'PENDING' ELSE 'APPROVED' END,
              now() - (n % 30) * interval '1 day', now() - (n % 30) * interval '1 day', n % 3 = 0
         FROM generate_series(1, ${stories}) n
         JOIN LATERAL (SELECT id FROM users ORDER BY email OFFSET (n % ${users}) LIMIT 1) u ON true`,
      [campaignId],
    );
    await dataSource.query(
      `INSERT INTO story_likes (story_id, user_id, campaign_id, created_at)
       SELECT s.id, u.id, $1, s.created_at + (k || ' minutes')::interval
         FROM (SELECT id, created_at, row_number() OVER () AS r FROM stories WHERE campaign_id = $1) s
         CROSS JOIN generate_series(0, ${likesPerStory - 1}) k
         JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM users) u ON u.i = (s.r * 7 + k) % ${users}
       ON CONFLICT DO NOTHING`,
      [campaignId],
    );
    await dataSource.query(
      `INSERT INTO comments (story_id, campaign_id, author_id, body, thread_id, thread_created_at, created_at)
       SELECT s.id, $1, s.author_id, 'Nice', gen_random_uuid(), s.created_at, s.created_at
         FROM stories s CROSS JOIN generate_series(1, 2) WHERE s.campaign_id = $1`,
      [campaignId],
    );
    await dataSource.query(`ANALYZE`);
    return campaignId;
    }
    const [{ likes }] = await dataSource.query(`SELECT count(*)::int AS likes FROM story_likes WHERE campaign_id = $1`, [campaignId]);
    console.log(`filled ${stories} stories, ${likes} likes, ${stories * 2} comments in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const analytics = new AnalyticsService(dataSource);
    const timings: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const stats = await analytics.campaignStats(campaignId);
      timings.push(performance.now() - t0);
      if (run === 0) console.log(`stories ${stats.storyCount}, approved ${stats.approvedStoryCount}, likes ${stats.likeCount}, comments ${stats.commentCount}, days ${stats.daily.length}`);
    }
    timings.sort((a, b) => a - b);
    console.log(`campaignStats: median ${timings[2].toFixed(0)} ms, best ${timings[0].toFixed(0)} ms, worst ${timings[4].toFixed(0)} ms`);
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
