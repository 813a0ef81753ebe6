import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { RANKED_STORIES_SQL } from '../modules/finale/finale.service';
import { drawPicks, entrantsHash, sortEntrants } from '../modules/finale/draw';
import { publicStorySql } from '../modules/stories/story-visibility';

/**
 * `npm run build -w backend && DATABASE_URL=postgres://…/ugc_bench node backend/dist/scripts/bench-finale.js [campaignId]`
 *
 * Times winner selection on the campaign with the most likes: the RANK query over counted likes
 * and a DRAW's entrant list, hash and picks. Read-only on the database: the finale's tables and
 * column are shadowed by temporary ones when the bench database predates them.
 */
async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const campaignId: string = process.argv[2] ?? (await client.query(
      `SELECT campaign_id FROM story_likes GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0].campaign_id;
    const [{ exists }] = (await client.query(`SELECT to_regclass('public.like_voids') IS NOT NULL AS exists`)).rows;
    if (!exists) {
      await client.query(`CREATE TEMP TABLE like_voids (user_id uuid PRIMARY KEY)`);
      await client.query(`CREATE TEMP TABLE campaigns AS SELECT *, NULL::timestamptz AS like_eligibility_cutoff FROM public.campaigns`);
    }
    const [{ likes, stories }] = (await client.query(
      `SELECT (SELECT count(*) FROM story_likes WHERE campaign_id = $1)::int AS likes, (SELECT count(*) FROM stories WHERE campaign_id = $1)::int AS stories`,
      [campaignId])).rows;
    console.log(`campaign ${campaignId}: ${stories} stories, ${likes} likes`);
    for (let round = 1; round <= 3; round++) {
      let started = performance.now();
      const ranked = await client.query(RANKED_STORIES_SQL, [campaignId, [], 20]);
      const rankMs = performance.now() - started;
      started = performance.now();
      const entrants = await client.query(
        `SELECT DISTINCT ON (s.author_id) s.id FROM stories s JOIN users a ON a.id = s.author_id
         WHERE s.campaign_id = $1 AND ${publicStorySql('s')} AND (a.suspended_until IS NULL OR a.suspended_until <= now())
         ORDER BY s.author_id, s.published_at, s.id`, [campaignId]);
      const sorted = sortEntrants(entrants.rows.map((r: { id: string }) => r.id));
      entrantsHash(sorted);
      drawPicks('0'.repeat(64), sorted, 20);
      const drawMs = performance.now() - started;
      console.log(`round ${round}: RANK top ${ranked.rowCount} in ${rankMs.toFixed(0)} ms; DRAW over ${sorted.length} entrants in ${drawMs.toFixed(0)} ms`);
    }
  } finally {
    await client.end();
  }
}

void main();
