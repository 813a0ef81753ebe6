import { JwtService } from '@nestjs/jwt';
import type { Client } from 'pg';
import type { Dataset } from './dataset';
import type { RequestFactory } from './load';
import { ADD_COMMENT, CAMPAIGN_FEED, LIKE_STORY, STORY_LEADERBOARD, STORY_PAGE, SUBMISSION_TITLE, SUBMIT_STORY } from './operations';

export type PathKind = 'ceiling' | 'read' | 'write';

export interface BenchPath {
  name: string;
  kind: PathKind;
  /** Which server: the product or the bare Apollo server. */
  target: 'product' | 'bare';
  build: RequestFactory;
}

export interface StoryRef {
  id: string;
  authorId: string;
}

/** The ids the paths pick from, read once from the loaded data. */
export interface PathData {
  userIds: string[];
  storiesA: StoryRef[];
  storiesB: StoryRef[];
  /** Stories of A with at least 20 comments, for the story page. */
  talkedAbout: string[];
}

export async function readPathData(client: Client, dataset: Dataset): Promise<PathData> {
  const ids = async (sql: string, values: unknown[] = []) => (await client.query<{ id: string }>(sql, values)).rows.map((row) => row.id);
  const storiesOf = async (campaignId: string) =>
    (
      await client.query<StoryRef>(
        `SELECT id, author_id AS "authorId" FROM stories WHERE campaign_id = $1 AND status = 'APPROVED' AND deleted_at IS NULL AND title <> $2 ORDER BY id`,
        [campaignId, SUBMISSION_TITLE],
      )
    ).rows;
  return {
    userIds: await ids(`SELECT id FROM users WHERE role = 'CUSTOMER' ORDER BY email`),
    storiesA: await storiesOf(dataset.campaignA),
    storiesB: await storiesOf(dataset.campaignB),
    talkedAbout: await ids(
      `SELECT id FROM stories WHERE campaign_id = $1 AND status = 'APPROVED' AND deleted_at IS NULL ORDER BY comment_count DESC, id LIMIT 50`,
      [dataset.campaignA],
    ),
  };
}

/**
 * Every path the bench measures. Signed-in readers get one account per connection (tokens signed
 * with the server's JWT_SECRET, as `login` would issue them). Writes take the next account for
 * every request, across all write paths, so per-account limits (on in production) are never hit
 * and likes are new likes rather than no-ops.
 */
export function benchPaths(dataset: Dataset, data: PathData, jwtSecret: string): BenchPath[] {
  const jwt = new JwtService({ secret: jwtSecret, signOptions: { algorithm: 'HS256', expiresIn: '2h' } });
  const tokens = new Map<string, string>();
  const tokenOf = (userId: string) => {
    let token = tokens.get(userId);
    if (!token) tokens.set(userId, (token = jwt.sign({ sub: userId })));
    return token;
  };
  const reader = (connection: number) => tokenOf(data.userIds[connection % data.userIds.length]);
  let nextWriter = 0;
  const nextWriterId = () => data.userIds[(nextWriter++ * 7919) % data.userIds.length];
  const writer = () => tokenOf(nextWriterId());
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  /** A writer and a story of someone else's (nobody may like their own story). */
  const engagement = (stories: StoryRef[]) => {
    const userId = nextWriterId();
    let story = pick(stories);
    while (story.authorId === userId) story = pick(stories);
    return { storyId: story.id, token: tokenOf(userId) };
  };
  let nextStoryPage = 0;

  const paths: BenchPath[] = [
    { name: 'ceiling: product { __typename }', kind: 'ceiling', target: 'product', build: () => ({ body: { query: '{ __typename }' } }) },
    { name: 'ceiling: bare Apollo { __typename }', kind: 'ceiling', target: 'bare', build: () => ({ body: { query: '{ __typename }' } }) },
  ];
  for (const sort of ['HOT', 'NEW', 'TOP'] as const) {
    for (const signedIn of [true, false]) {
      paths.push({
        name: `feed ${sort} A, ${signedIn ? 'signed in' : 'anonymous'}`,
        kind: 'read',
        target: 'product',
        build: (connection) => ({
          body: { operationName: 'CampaignFeed', query: CAMPAIGN_FEED, variables: { campaignId: dataset.campaignA, sort, first: 20 } },
          token: signedIn ? reader(connection) : undefined,
        }),
      });
    }
  }
  paths.push({
    name: 'story page, 20 comments, signed in',
    kind: 'read',
    target: 'product',
    build: (connection) => ({
      body: { operationName: 'StoryPage', query: STORY_PAGE, variables: { id: data.talkedAbout[nextStoryPage++ % data.talkedAbout.length] } },
      token: reader(connection),
    }),
  });
  for (const period of ['ALL_TIME', 'DAY'] as const) {
    paths.push({
      name: `storyLeaderboard ${period} top 10 A`,
      kind: 'read',
      target: 'product',
      build: () => ({ body: { operationName: 'StoryLeaderboard', query: STORY_LEADERBOARD, variables: { campaignId: dataset.campaignA, period, first: 10 } } }),
    });
  }
  for (const [label, campaignId, stories] of [
    ['A', dataset.campaignA, data.storiesA],
    ['B', dataset.campaignB, data.storiesB],
  ] as const) {
    paths.push(
      {
        name: `likeStory ${label}`,
        kind: 'write',
        target: 'product',
        build: () => {
          const { storyId, token } = engagement(stories);
          return { body: { operationName: 'LikeStory', query: LIKE_STORY, variables: { storyId } }, token };
        },
      },
      {
        name: `addComment ${label}`,
        kind: 'write',
        target: 'product',
        build: () => {
          const { storyId, token } = engagement(stories);
          return { body: { operationName: 'AddComment', query: ADD_COMMENT, variables: { storyId, body: 'Lovely, thank you for sharing this!' } }, token };
        },
      },
      {
        name: `submitStory ${label}`,
        kind: 'write',
        target: 'product',
        build: () => ({
          body: {
            operationName: 'SubmitStory',
            query: SUBMIT_STORY,
            variables: { input: { campaignId, title: SUBMISSION_TITLE, body: 'My little thing, every day. #bench', photoIds: [], grantUsageRights: true } },
          },
          token: writer(),
        }),
      },
    );
  }
  return paths;
}
