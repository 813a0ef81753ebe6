import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../app.entities';
import { dataSourceOptions } from '../../core/database/data-source-options';
import { createScratchDatabase, REAL_POSTGRES_URL } from '../../testing/test-database';
import { counterMismatches, datasetSizes, ensureDataset } from './dataset';
import { CAMPAIGN_COUNTS_SQL } from '../../modules/campaigns/campaign-counters';

// The loader speaks COPY ... FROM STDIN, which the embedded database's socket does not carry:
// this suite needs the real PostgreSQL (TEST_DATABASE_URL).
const describeOnPostgres = REAL_POSTGRES_URL ? describe : describe.skip;

describeOnPostgres('bench data set loader', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let db: DataSource;

  beforeAll(async () => {
    // The migrations report what they applied through Nest's logger, for the bench's terminal;
    // here (no app, so no silent test logger) it would be a stray line in the test output.
    Logger.overrideLogger(false);
    scratch = await createScratchDatabase(REAL_POSTGRES_URL!);
  });

  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  it('loads a tiny data set whose stored counters agree with its rows, and reuses it', async () => {
    const sizes = { ...datasetSizes(0.002), stories: 200, smallStories: 20 };
    const loaded = await ensureDataset(scratch.url, sizes);
    expect(loaded.reused).toBe(false);

    db = await new DataSource(dataSourceOptions(scratch.url, { embedded: false, entities: ENTITIES })).initialize();
    expect(await counterMismatches(db)).toEqual([]);
    const [a] = await db.query(CAMPAIGN_COUNTS_SQL, [[loaded.campaignA]]);
    expect(a.stories).toBe(200);
    expect(a.participants).toBeGreaterThan(0);
    const [likes] = await db.query(`SELECT count(*)::int AS n FROM story_likes`);
    expect(likes.n).toBe(sizes.likes + Math.round((sizes.likes * 20) / 200));
    const [shards] = await db.query(`SELECT sum(likes)::int AS likes, sum(comments)::int AS comments FROM story_stat_shards`);
    expect(shards.likes).toBe(likes.n);
    const [hashtags] = await db.query(`SELECT count(*)::int AS n FROM stories WHERE cardinality(hashtags) > 0`);
    expect(hashtags.n).toBe(220); // the product's trigger ran during COPY

    await db.destroy();
    const again = await ensureDataset(scratch.url, sizes);
    expect(again).toMatchObject({ reused: true, campaignA: loaded.campaignA });
    db = await new DataSource(dataSourceOptions(scratch.url, { embedded: false, entities: ENTITIES })).initialize();
  });
});
