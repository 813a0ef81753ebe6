import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITIES } from '../app.entities';
import { loadConfig } from '../core/config/app-config';
import { migrateWithLock } from '../core/database/migrate';
import { openDatabase } from '../core/database/open-database';
import { SearchStoriesArgs } from '../modules/search/dto/search-stories.args';
import { SearchService } from '../modules/search/search.service';

/** Words stories are written from: everyday Chinese, a little English, one hashtag each. */
const CHINESE = ['生活', '阳台', '花园', '咖啡', '早餐', '猫咪', '书架', '台灯', '杯子', '周末', '阳光', '雨天', '散步', '朋友', '妈妈', '厨房', '面包', '小物', '收纳', '植物',
  '夏天', '西瓜', '冰箱', '旅行', '照片', '礼物', '手工', '毛衣', '音乐', '电影', '窗台', '清晨', '晚饭', '茶杯', '钥匙', '雨伞', '背包', '笔记', '相机', '自行车'];
const ENGLISH = ['coffee', 'morning', 'balcony', 'garden', 'thermos', 'cup', 'lamp', 'weekend', 'sunshine', 'kitchen', 'bread', 'plant', 'summer', 'travel', 'gift', 'music'];

/**
 * `node backend/dist/scripts/bench-search.js [stories]`: fills a scratch database (DATABASE_URL's
 * server, else a fresh PGlite) with N APPROVED stories in one campaign, titles and bodies made of
 * everyday words, then times searchStories (first page of 20, and the third page) for common and
 * rare Chinese words, English words and a hashtag. Run it on an empty or throwaway database only.
 */
async function main() {
  const stories = Number(process.argv[2] ?? 100_000);
  const scratch = mkdtempSync(join(tmpdir(), 'ugc-bench-search-'));
  const { dataSource, embedded, close } = await openDatabase(loadConfig({ ...process.env, DATA_DIR: scratch }), ENTITIES);
  try {
    await migrateWithLock(dataSource, { embedded });
    const started = performance.now();
    const [existing] = await dataSource.query(`SELECT count(*)::int AS n FROM stories`);
    if (existing.n < stories) {
      await dataSource.query(`INSERT INTO users (email, password_hash, display_name) SELECT 'search' || n || '@example.com', 'x', 'Reader ' || n FROM generate_series(1, 500) n`);
      const [{ id: ownerId }] = await dataSource.query(`SELECT id FROM users ORDER BY email LIMIT 1`);
      const [{ id: campaignId }] = await dataSource.query(
        `INSERT INTO campaigns (slug, title, description, starts_at, ends_at, created_by_id)
         VALUES ('search-bench', 'Bench', 'Bench', now() - interval '30 days', now() + interval '1 day', $1) RETURNING id`,
        [ownerId],
      );
      const word = (list: string[], n: string, k: string) => `(ARRAY[${list.map((w) => `'${w}'`).join(',')}])[1 + ((${n}) * 7919 + (${k}) * 104729) % ${list.length}]`;
      await dataSource.query(
        `INSERT INTO stories (campaign_id, author_id, title, body, status, published_at, created_at)
         SELECT $1, (SELECT id FROM users ORDER BY email OFFSET (n % 500) LIMIT 1),
                ${word(CHINESE, 'n', '1')} || '的' || ${word(CHINESE, 'n', '2')} || ' ' || ${word(ENGLISH, 'n', '3')},
                (SELECT string_agg(${word(CHINESE, 'n', 'k')} || CASE WHEN k % 4 = 0 THEN ' ' || ${word(ENGLISH, 'n', 'k')} ELSE '' END, '，') FROM generate_series(1, 14) k)
                  || ' #话题' || (n % 50),
                'APPROVED', now() - (n % 30000) * interval '1 minute', now() - (n % 30000) * interval '1 minute'
           FROM generate_series(1, ${stories}) n`,
        [campaignId],
      );
      await dataSource.query(`VACUUM ANALYZE stories`);
      console.log(`filled ${stories} stories in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }

    const search = new SearchService(dataSource);
    const queries = ['生活', '阳台 咖啡', '猫', '自行车的钥匙', 'coffee', 'thermos cup', '#话题7', '#话题7 阳光', 'zebra'];
    console.log(`${embedded ? 'PGlite' : 'PostgreSQL'}, ${stories} stories; median of 9 runs (ms)`);
    console.log('query'.padEnd(16), 'matches'.padStart(8), 'page 1'.padStart(8), 'page 3'.padStart(8));
    for (const query of queries) {
      const time = async (after: string | null) => {
        const runs: number[] = [];
        let next: string | null = null;
        for (let i = 0; i < 9; i++) {
          const t0 = performance.now();
          const page = await search.searchStories(Object.assign(new SearchStoriesArgs(), { query, first: 20, after }));
          runs.push(performance.now() - t0);
          next = page.pageInfo.endCursor;
        }
        runs.sort((a, b) => a - b);
        return { median: runs[4], next };
      };
      const first = await time(null);
      const second = first.next ? await search.searchStories(Object.assign(new SearchStoriesArgs(), { query, first: 20, after: first.next })) : null;
      const third = second?.pageInfo.endCursor ? await time(second.pageInfo.endCursor) : null;
      const total = await countMatches(search, query);
      console.log(query.padEnd(16), String(total).padStart(8), first.median.toFixed(1).padStart(8), (third ? third.median.toFixed(1) : '–').padStart(8));
    }
  } finally {
    await close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** How many stories match (paging through them 100 at a time; past 5,000 shown as -5000, i.e. "more than"), for the table. */
async function countMatches(search: SearchService, query: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const page = await search.searchStories(Object.assign(new SearchStoriesArgs(), { query, first: 100, after }));
    count += page.nodes.length;
    if (!page.pageInfo.hasNextPage || count >= 5000) return page.pageInfo.hasNextPage ? -count : count;
    after = page.pageInfo.endCursor;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
