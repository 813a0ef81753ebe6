import { buildCampaign, buildStory } from '../../testing/builders';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { StoryStatus } from '../stories/story-status.enum';
import type { StoryEntity } from '../stories/story.entity';

const ADD = `mutation ($storyId: ID!, $body: String!, $parentId: ID) {
  addComment(storyId: $storyId, body: $body, parentId: $parentId) { id body parentId hidden author { id } story { id } }
}`;
const DELETE = `mutation ($id: ID!) { deleteComment(id: $id) }`;
const HIDE = `mutation ($id: ID!, $reason: String!) { hideComment(commentId: $id, reason: $reason) { id hidden } }`;
const COMMENTS = `query ($id: ID!, $first: Int, $after: String) {
  story(id: $id) { commentCount comments(first: $first, after: $after) { nodes { id body parentId hidden } pageInfo { endCursor hasNextPage } } }
}`;

describe.each(DATABASES)('comments on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let moderator: TestUser;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    moderator = await t.createUser({ role: Role.MODERATOR });
    campaignId = (await buildCampaign(t.dataSource, { createdById: staff.user.id })).id;
  });
  afterAll(() => t.close());

  const newStory = async (overrides: Partial<StoryEntity> = {}) =>
    buildStory(t.dataSource, { campaignId, authorId: (await t.createUser()).user.id, ...overrides });
  const add = async (story: { id: string }, body: string, as: TestUser, parentId?: string) => {
    const result = await t.gql(ADD, { storyId: story.id, body, parentId }, as);
    expect(result.errors).toBeUndefined();
    return result.data!.addComment as { id: string; body: string };
  };
  const read = async (story: { id: string }, as?: TestUser, first = 100, after?: string) =>
    (await t.gql(COMMENTS, { id: story.id, first, after }, as)).data!.story;

  it('adds a trimmed comment that shows its author and story and counts', async () => {
    const story = await newStory();
    const fan = await t.createUser();
    const result = await t.gql(ADD, { storyId: story.id, body: '  好可爱 🌸  ' }, fan);
    expect(result.data!.addComment).toMatchObject({ body: '好可爱 🌸', parentId: null, hidden: false, author: { id: fan.user.id }, story: { id: story.id } });
    expect((await read(story)).commentCount).toBe(1);
  });

  it.each([
    ['empty after trimming', '   \n '],
    ['over 2,000 characters', 'x'.repeat(2001)],
  ])('refuses a body %s with BAD_USER_INPUT', async (_, body) => {
    const story = await newStory();
    expect(codeOf(await t.gql(ADD, { storyId: story.id, body }, await t.createUser()))).toBe('BAD_USER_INPUT');
  });

  it('counts characters as people do: 2,000 emoji fit', async () => {
    const story = await newStory();
    await add(story, '🌸'.repeat(2000), await t.createUser());
  });

  it('lists threads oldest first, each top-level comment followed by its replies', async () => {
    const story = await newStory();
    const [a, b] = [await t.createUser(), await t.createUser()];
    const first = await add(story, 'first', a);
    const second = await add(story, 'second', b);
    const replyToFirst = await add(story, 'reply to first', b, first.id);
    const third = await add(story, 'third', a);
    const replyToSecond = await add(story, 'reply to second', a, second.id);
    const anotherReplyToFirst = await add(story, 'another reply to first', a, first.id);
    const { comments, commentCount } = await read(story);
    expect(comments.nodes.map((c: { id: string }) => c.id)).toEqual([
      first.id, replyToFirst.id, anotherReplyToFirst.id, second.id, replyToSecond.id, third.id,
    ]);
    expect(comments.nodes[1].parentId).toBe(first.id);
    expect(commentCount).toBe(6);
  });

  it('pages through comments with cursors, every comment once and in order', async () => {
    const story = await newStory();
    const people = [await t.createUser(), await t.createUser()];
    const tops: string[] = [];
    for (let n = 0; n < 4; n++) tops.push((await add(story, `top ${n}`, people[n % 2])).id);
    for (let n = 0; n < 5; n++) await add(story, `reply ${n}`, people[(n + 1) % 2], tops[n % 3]);
    const all = (await read(story)).comments.nodes.map((c: { id: string }) => c.id);
    expect(all).toHaveLength(9);

    const walked: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const { comments } = await read(story, undefined, 2, after);
      walked.push(...comments.nodes.map((c: { id: string }) => c.id));
      if (!comments.pageInfo.hasNextPage) break;
      after = comments.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(codeOf(await t.gql(COMMENTS, { id: story.id, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps replies one level deep and on the same story', async () => {
    const [story, other] = [await newStory(), await newStory()];
    const fan = await t.createUser();
    const top = await add(story, 'top', fan);
    const reply = await add(story, 'reply', fan, top.id);
    const elsewhere = await add(other, 'elsewhere', fan);
    const tryReply = (parentId: string) => t.gql(ADD, { storyId: story.id, body: 'x', parentId }, fan);
    expect(codeOf(await tryReply(reply.id))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tryReply(elsewhere.id))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tryReply('00000000-0000-4000-8000-000000000000'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tryReply('not-an-id'))).toBe('BAD_USER_INPUT');
  });

  it('takes comments on APPROVED stories only', async () => {
    const pending = await newStory({ status: StoryStatus.PENDING });
    expect(codeOf(await t.gql(ADD, { storyId: pending.id, body: 'hi' }, await t.createUser()))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(ADD, { storyId: pending.id, body: 'hi' }, moderator))).toBe('BAD_USER_INPUT');
  });

  it('refuses signed-out people and suspended accounts', async () => {
    const story = await newStory();
    expect(codeOf(await t.gql(ADD, { storyId: story.id, body: 'hi' }))).toBe('UNAUTHENTICATED');
    const suspended = await t.createUser();
    await t.dataSource.query(`UPDATE users SET suspended_until = now() + interval '1 day' WHERE id = $1`, [suspended.user.id]);
    expect(codeOf(await t.gql(ADD, { storyId: story.id, body: 'hi' }, suspended))).toBe('FORBIDDEN');
  });

  it('applies the word list: a BLOCK or REVIEW term refuses the comment', async () => {
    const story = await newStory();
    await t.dataSource.query(
      `INSERT INTO moderation_terms (campaign_id, term, normalized_term, action, created_by_id)
       VALUES ($1, 'spamword', 'spamword', 'BLOCK', $2), (NULL, '可疑', '可疑', 'REVIEW', $2)`,
      [campaignId, moderator.user.id],
    );
    const fan = await t.createUser();
    expect(codeOf(await t.gql(ADD, { storyId: story.id, body: 'buy S.P.A.M.W.O.R.D now' }, fan))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(ADD, { storyId: story.id, body: '这个很可疑' }, fan))).toBe('BAD_USER_INPUT');
    expect((await read(story)).commentCount).toBe(0);
  });

  it('allows 10 comments per user per minute, then RATE_LIMITED with the wait', async () => {
    const story = await newStory();
    const chatty = await t.createUser();
    for (let n = 0; n < 10; n++) await add(story, `comment ${n}`, chatty);
    const limited = await t.gql(ADD, { storyId: story.id, body: 'one more' }, chatty);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await read(story)).commentCount).toBe(10);
  });

  it('can be reported, and the report shows the comment to moderators', async () => {
    const story = await newStory();
    const [fan, reporter] = [await t.createUser(), await t.createUser()];
    const comment = await add(story, 'buy followers here', fan);
    const report = await t.gql(
      `mutation ($input: ReportInput!) { reportContent(input: $input) { id comment { id body story { id } } story { id } } }`,
      { input: { commentId: comment.id, reason: 'SPAM' } },
      reporter,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.reportContent).toMatchObject({ comment: { id: comment.id, body: 'buy followers here', story: { id: story.id } } });
  });

  describe('deleting and hiding', () => {
    it('lets the author delete their comment: it leaves the list and the count', async () => {
      const story = await newStory();
      const [fan, other] = [await t.createUser(), await t.createUser()];
      const gone = await add(story, 'regret', fan);
      const kept = await add(story, 'kept', other);
      expect(codeOf(await t.gql(DELETE, { id: gone.id }, other))).toBe('FORBIDDEN');
      expect((await t.gql(DELETE, { id: gone.id }, fan)).data!.deleteComment).toBe(true);
      const { comments, commentCount } = await read(story);
      expect(comments.nodes.map((c: { id: string }) => c.id)).toEqual([kept.id]);
      expect(commentCount).toBe(1);
      expect(codeOf(await t.gql(DELETE, { id: gone.id }, fan))).toBe('NOT_FOUND');
      const log = await t.dataSource.query(`SELECT 1 FROM moderation_actions WHERE comment_id = $1`, [gone.id]);
      expect(log).toEqual([]);
    });

    it('keeps a deleted comment that has replies as "[deleted]", with no author, so the thread keeps its shape', async () => {
      const story = await newStory();
      const [fan, replier] = [await t.createUser(), await t.createUser()];
      const parent = await add(story, 'my first thought', fan);
      const reply = await add(story, 'a reply to it', replier, parent.id);
      expect((await t.gql(DELETE, { id: parent.id }, fan)).data!.deleteComment).toBe(true);
      const shown = await t.gql(
        `query ($id: ID!) { story(id: $id) { commentCount comments(first: 10) { nodes { id body deleted parentId author { id displayName } } } } }`,
        { id: story.id },
      );
      expect(shown.data!.story.comments.nodes).toEqual([
        { id: parent.id, body: '[deleted]', deleted: true, parentId: null, author: expect.objectContaining({ displayName: '[deleted]' }) },
        expect.objectContaining({ id: reply.id, body: 'a reply to it', deleted: false, parentId: parent.id }),
      ]);
      expect(JSON.stringify(shown.data)).not.toContain(fan.user.id);
      expect(shown.data!.story.commentCount).toBe(1);
      // Once the reply goes too, nothing is left to hold the place.
      expect((await t.gql(DELETE, { id: reply.id }, replier)).data!.deleteComment).toBe(true);
      expect((await read(story)).comments.nodes).toEqual([]);
    });

    it('lets a moderator delete anyone\'s comment, logged', async () => {
      const story = await newStory();
      const fan = await t.createUser();
      const comment = await add(story, 'rude', fan);
      expect((await t.gql(DELETE, { id: comment.id }, moderator)).data!.deleteComment).toBe(true);
      expect((await read(story)).commentCount).toBe(0);
      const log = await t.dataSource.query(
        `SELECT action, moderator_id, target_user_id, story_id FROM moderation_actions WHERE comment_id = $1`,
        [comment.id],
      );
      expect(log).toEqual([{ action: 'DELETE_COMMENT', moderator_id: moderator.user.id, target_user_id: fan.user.id, story_id: story.id }]);
    });

    it('lets a moderator hide a comment with a reason: gone for the public, shown hidden to moderators, logged', async () => {
      const story = await newStory();
      const fan = await t.createUser();
      const hiddenOne = await add(story, 'off-topic', fan);
      await add(story, 'on-topic', fan);
      expect(codeOf(await t.gql(HIDE, { id: hiddenOne.id, reason: 'spam' }, fan))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(HIDE, { id: hiddenOne.id, reason: '   ' }, moderator))).toBe('BAD_USER_INPUT');
      expect((await t.gql(HIDE, { id: hiddenOne.id, reason: 'spam links' }, moderator)).data!.hideComment).toEqual({ id: hiddenOne.id, hidden: true });
      // Hiding again changes nothing and is not counted twice.
      expect((await t.gql(HIDE, { id: hiddenOne.id, reason: 'again' }, moderator)).data!.hideComment.hidden).toBe(true);

      const publicView = await read(story, fan);
      expect(publicView.commentCount).toBe(1);
      expect(publicView.comments.nodes.map((c: { body: string }) => c.body)).toEqual(['on-topic']);
      const moderatorView = await read(story, moderator);
      expect(moderatorView.comments.nodes.map((c: { body: string; hidden: boolean }) => [c.body, c.hidden])).toEqual([
        ['off-topic', true],
        ['on-topic', false],
      ]);
      expect(moderatorView.commentCount).toBe(1);
      const log = await t.dataSource.query(`SELECT action, reason FROM moderation_actions WHERE comment_id = $1`, [hiddenOne.id]);
      expect(log).toEqual([{ action: 'HIDE_COMMENT', reason: 'spam links' }]);

      // Deleting a hidden comment does not count it out a second time; nor can anyone reply to it.
      expect(codeOf(await t.gql(ADD, { storyId: story.id, body: 'reply', parentId: hiddenOne.id }, fan))).toBe('BAD_USER_INPUT');
      await t.gql(DELETE, { id: hiddenOne.id }, moderator);
      expect((await read(story, moderator)).commentCount).toBe(1);
      expect(codeOf(await t.gql(HIDE, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, moderator))).toBe('NOT_FOUND');
    });

    it('keeps a hidden comment that has replies in its thread as a placeholder with no text', async () => {
      const story = await newStory();
      const fan = await t.createUser();
      const parent = await add(story, 'something rude', fan);
      const reply = (await t.gql(ADD, { storyId: story.id, body: 'that is not kind', parentId: parent.id }, await t.createUser())).data!.addComment;
      const lonely = await add(story, 'also rude, and unanswered', fan);
      await t.gql(HIDE, { id: parent.id, reason: 'rude' }, moderator);
      await t.gql(HIDE, { id: lonely.id, reason: 'rude' }, moderator);
      const publicView = await read(story, fan);
      expect(publicView.comments.nodes).toEqual([
        { id: parent.id, body: '', parentId: null, hidden: true },
        { id: reply.id, body: 'that is not kind', parentId: parent.id, hidden: false },
      ]);
      expect(publicView.commentCount).toBe(1);
      // Moderators still read it.
      expect((await read(story, moderator)).comments.nodes[0]).toMatchObject({ id: parent.id, body: 'something rude', hidden: true });
      // Nor who wrote it: readers (and visitors) get no author for the placeholder; moderators do.
      const AUTHORS = `query ($id: ID!) { story(id: $id) { comments(first: 10) { nodes { id author { id displayName } } } } }`;
      for (const as of [fan, undefined]) {
        const nodes = (await t.gql(AUTHORS, { id: story.id }, as)).data!.story.comments.nodes;
        expect(nodes[0].author.id).not.toBe(fan.user.id);
        expect(nodes[0].author.displayName).not.toBe(fan.user.displayName);
      }
      expect((await t.gql(AUTHORS, { id: story.id }, moderator)).data!.story.comments.nodes[0].author.id).toBe(fan.user.id);
    });
  });
});
