import { Client } from 'pg';
import { buildCampaign, buildStory } from '../../testing/builders';
import { createScratchDatabase, REAL_POSTGRES_URL } from '../../testing/test-database';
import { startTestApp, TestApp } from '../../testing/test-app';

const STORY = `query ($id: ID!) { story(id: $id) { id title likeCount author { displayName } } }`;
const FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: NEW) { nodes { id title } } }`;
const LIKE = `mutation ($id: ID!) { likeStory(storyId: $id) { id likeCount } }`;
/** What the replica needs of the primary for these tests, parents first. */
const REPLICATED_TABLES = ['users', 'campaigns', 'stories', 'story_likes', 'story_stat_shards'];

const withPostgres = REAL_POSTGRES_URL ? describe : describe.skip;

/**
 * DATABASE_READ_URL: queries read the rows everyone sees alike from the replica, everything that
 * decides or answers a write reads the primary. The "replica" is a second database with the same
 * migrations that gets the primary's rows only when the test copies them: a replica that lags.
 */
withPostgres('reads from a read replica (DATABASE_READ_URL)', () => {
  let primary: { url: string; drop: () => Promise<void> };
  let replica: { url: string; drop: () => Promise<void> };
  let t: TestApp;

  beforeAll(async () => {
    primary = await createScratchDatabase(REAL_POSTGRES_URL!, { migrated: true });
    replica = await createScratchDatabase(REAL_POSTGRES_URL!, { migrated: true });
    t = await startTestApp({ env: { DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url } });
  });
  afterAll(async () => {
    await t?.close();
    await primary?.drop();
    await replica?.drop();
  });

  /** The replica catches up: every row of the primary's tables that it does not have yet. */
  const catchUp = async () => {
    const [from, to] = [new Client({ connectionString: primary.url }), new Client({ connectionString: replica.url })];
    await Promise.all([from.connect(), to.connect()]);
    try {
      for (const table of REPLICATED_TABLES) {
        const { rows: columns } = await from.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        );
        const list = columns.map((c: { column_name: string }) => `"${c.column_name}"`).join(', ');
        const { rows } = await from.query(`SELECT ${list} FROM ${table}`);
        await to.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(null::${table}, $1) ON CONFLICT DO NOTHING`, [
          JSON.stringify(rows),
        ]);
      }
    } finally {
      await Promise.all([from.end(), to.end()]);
    }
  };

  it('answers queries from the replica and mutations from the primary', async () => {
    const author = await t.createUser({ displayName: 'Lin' });
    const fan = await t.createUser();
    const campaign = await buildCampaign(t.dataSource, { createdById: author.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });

    // Not on the replica yet: the query does not see it, the mutation (on the primary) does.
    expect((await t.gql(STORY, { id: story.id }, fan)).data!.story).toBeNull();
    const like = await t.gql(LIKE, { id: story.id }, fan);
    expect(like.errors).toBeUndefined();
    expect(like.data!.likeStory).toEqual({ id: story.id, likeCount: 1 });

    await catchUp();
    expect((await t.gql(STORY, { id: story.id }, fan)).data!.story).toMatchObject({ id: story.id, likeCount: 1, author: { displayName: 'Lin' } });

    // A row that differs only on the replica shows that queries read there, feeds included.
    const onReplica = new Client({ connectionString: replica.url });
    await onReplica.connect();
    try {
      await onReplica.query(`UPDATE stories SET title = 'as the replica has it' WHERE id = $1`, [story.id]);
    } finally {
      await onReplica.end();
    }
    expect((await t.gql(STORY, { id: story.id }, fan)).data!.story.title).toBe('as the replica has it');
    expect((await t.gql(FEED, { campaignId: campaign.id }, fan)).data!.feed.nodes).toEqual([{ id: story.id, title: 'as the replica has it' }]);
  });
});
