import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCampaign } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { startS3Server, TestS3Server } from '../../testing/s3-server';
import { openSocket } from '../../testing/socket-client';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { png } from '../../testing/test-images';
import { waitFor } from '../../testing/wait-for';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';

const PASSWORD = 'quiet harbour lantern 42';
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;
const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }`;
const DELETE = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;
const STORY = `query ($id: ID!) { story(id: $id) { id likeCount comments(first: 10) { nodes { id body deleted author { displayName } } } } }`;
const FEED = `query ($campaignId: ID!) { feed(campaignId: $campaignId, sort: NEW, first: 50) { nodes { id } } }`;

/** Every file under a folder, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? (entry as { path?: string }).path ?? '', entry.name).slice(dir.length + 1));
}

type Storage = { name: string; s3: boolean };
const STORAGES: Storage[] = [
  { name: 'local storage', s3: false },
  { name: 'S3', s3: true },
];

describe.each(DATABASES)('deleting one\'s account on $name', ({ onRealPostgres }) => {
  describe.each(STORAGES)('with photos in $name', ({ s3 }) => {
    let server: TestS3Server | undefined;
    let t: TestApp;
    let campaign: CampaignEntity;
    let client: S3Client | undefined;
    beforeAll(async () => {
      server = s3 ? await startS3Server() : undefined;
      t = await startTestApp({ onRealPostgres, env: server?.env ?? {} });
      const staff = await t.createUser({ role: Role.BRAND_STAFF });
      campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false });
      client = server
        ? new S3Client({ endpoint: server.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
        : undefined;
    });
    afterAll(async () => {
      client?.destroy();
      await t?.close();
      await server?.stop();
    });

    /** Every stored key that names one of these photos. */
    const storedKeysOf = async (photoIds: string[]) => {
      const keys = client
        ? ((await client.send(new ListObjectsV2Command({ Bucket: server!.bucket }))).Contents ?? []).map((object) => object.Key!)
        : await filesUnder(join(t.dataDir, 'media'));
      return keys.filter((key) => photoIds.some((id) => key.includes(id)));
    };

    it('keeps the moderation log and a won place with a pseudonym, and erases the prize claim', async () => {
      const moderator = await t.createUser({ role: Role.MODERATOR });
      const email = `winner.${Date.now()}.${s3}@example.com`;
      const signedUp = await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Lucky Winner' } });
      const winner: TestUser = { user: { id: signedUp.data!.register.user.id } as TestUser['user'], token: signedUp.data!.register.accessToken };
      const storyId = (await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: 'Winning', body: 'A winning story', photoIds: [], grantUsageRights: false } }, winner)).data!.submitStory.id;
      await t.gql(`mutation ($id: ID!) { suspendUser(userId: $id, reason: "a warning", until: "2999-01-01T00:00:00Z") { id } }`, { id: winner.user.id }, moderator);
      await t.gql(`mutation ($id: ID!) { liftSuspension(userId: $id) { id } }`, { id: winner.user.id }, moderator);
      const [prize] = await t.dataSource.query(`INSERT INTO prizes (campaign_id, name, quantity, method) VALUES ($1, 'Mug', 1, 'RANK') RETURNING id`, [campaign.id]);
      await t.dataSource.query(
        `INSERT INTO prize_winners (prize_id, campaign_id, story_id, user_id, place, status, claim_ciphertext, claimed_at) VALUES ($1, $2, $3, $4, 1, 'CLAIMED', 'ciphertext', now())`,
        [prize.id, campaign.id, storyId, winner.user.id],
      );

      expect((await t.gql(DELETE, { password: PASSWORD }, winner)).errors).toBeUndefined();

      const [claim] = await t.dataSource.query(`SELECT claim_ciphertext, claim_erased_at, place FROM prize_winners WHERE user_id = $1`, [winner.user.id]);
      expect(claim).toMatchObject({ claim_ciphertext: null, place: 1 });
      expect(claim.claim_erased_at).not.toBeNull();
      const log = await t.gql(`{ moderationLog(first: 100) { nodes { action targetUser { id displayName } } } }`, {}, moderator);
      const about = log.data!.moderationLog.nodes.filter((n: { targetUser: { id: string } | null }) => n.targetUser?.id === winner.user.id);
      expect(about.map((n: { action: string }) => n.action).sort()).toEqual(['SUSPEND', 'UNSUSPEND']);
      expect(about.every((n: { targetUser: { displayName: string } }) => /^Deleted account [0-9a-f]{6}$/.test(n.targetUser.displayName))).toBe(true);
      expect(JSON.stringify(log.data)).not.toContain('Lucky Winner');
    });

    it('erases the account: stories, every stored photo copy, likes, comments as "[deleted]", e-mail, sessions', async () => {
      const email = `leaving.${Date.now()}@example.com`;
      const signedUp = await t.gql(REGISTER, { input: { email, password: PASSWORD, displayName: 'Leaving Soon' } });
      const me: TestUser = { user: { id: signedUp.data!.register.user.id } as TestUser['user'], token: signedUp.data!.register.accessToken };
      const other = await t.createUser();
      const photoIds = [
        await uploadPhoto(t, me, await png(), { filename: 'a.png', contentType: 'image/png' }),
        await uploadPhoto(t, me, await png(), { filename: 'b.png', contentType: 'image/png' }),
      ];
      const mine = (await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: 'Mine', body: 'My story', photoIds, grantUsageRights: true } }, me)).data!.submitStory.id;
      const theirs = (await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: 'Theirs', body: 'Their story', photoIds: [], grantUsageRights: false } }, other)).data!.submitStory.id;
      await jobsIdle(t);
      expect(await storedKeysOf(photoIds)).not.toEqual([]);
      await t.gql(`mutation ($id: ID!) { likeStory(storyId: $id) { id } }`, { id: theirs }, me);
      const comment = (await t.gql(`mutation ($id: ID!) { addComment(storyId: $id, body: "I was here") { id } }`, { id: theirs }, me)).data!.addComment.id;
      await t.gql(`mutation ($id: ID!, $p: ID) { addComment(storyId: $id, body: "a reply", parentId: $p) { id } }`, { id: theirs, p: comment }, other);
      await waitFor(async () => ((await t.gql(STORY, { id: theirs })).data!.story.likeCount === 1 ? true : null));
      const socket = openSocket(t, me.token);

      try {
        expect(codeOf(await t.gql(DELETE, { password: 'not my password' }, me))).toBe('BAD_USER_INPUT');
        expect((await socket.run(`{ me { id } }`)).errors).toBeUndefined();
        const deleted = await t.gql(DELETE, { password: PASSWORD }, me);
        expect(deleted.errors).toBeUndefined();
        expect(deleted.data).toEqual({ deleteMyAccount: true });

        // Signed out everywhere, sockets included; the address and password open nothing.
        expect(codeOf(await t.gql(`{ me { id } }`, {}, me))).toBe('UNAUTHENTICATED');
        expect((await socket.untilClosed(5_000)).code).toBe(4401);
        expect(codeOf(await t.gql(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: PASSWORD }))).toBe('UNAUTHENTICATED');
        const [row] = await t.dataSource.query(`SELECT email, display_name, password_hash, deleted_at FROM users WHERE id = $1`, [me.user.id]);
        expect(row.email).not.toContain('leaving');
        expect(row.display_name).toMatch(/^Deleted account [0-9a-f]{6}$/);
        expect(row.deleted_at).not.toBeNull();
        expect(await t.dataSource.query(`SELECT 1 FROM sessions WHERE user_id = $1 AND ended_at IS NULL`, [me.user.id])).toEqual([]);

        // Their story is out of every list, its photos' rows and every stored copy gone.
        expect((await t.gql(STORY, { id: mine })).data!.story).toBeNull();
        expect((await t.gql(FEED, { campaignId: campaign.id })).data!.feed.nodes.map((n: { id: string }) => n.id)).toEqual([theirs]);
        expect(await t.dataSource.query(`SELECT 1 FROM photos WHERE id = ANY($1::uuid[])`, [photoIds])).toEqual([]);
        await waitFor(async () => ((await storedKeysOf(photoIds)).length === 0 ? true : null), { what: 'every stored copy deleted' });

        // Their like is gone from the count; their comment stays as "[deleted]" above the reply.
        await waitFor(async () => ((await t.gql(STORY, { id: theirs })).data!.story.likeCount === 0 ? true : null), { what: 'the like count corrected' });
        const thread = (await t.gql(STORY, { id: theirs })).data!.story.comments.nodes;
        expect(thread[0]).toEqual({ id: comment, body: '[deleted]', deleted: true, author: { displayName: '[deleted]' } });
        expect(thread[1]).toMatchObject({ body: 'a reply' });
      } finally {
        await socket.dispose();
      }
    });
  });
});
