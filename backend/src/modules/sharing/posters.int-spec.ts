import sharp from 'sharp';
import { buildCampaign, buildStory } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { decodeQr } from '../../testing/qr-code';
import { png } from '../../testing/test-images';
import { DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-layout';

const LINKS = `query ($id: ID!) { story(id: $id) { shareUrl posterUrl campaign { shareUrl posterUrl } } }`;
const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }`;

/** How much a region varies: 0 for a blank one. */
async function inkIn(image: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const stats = await sharp(image).extract(region).greyscale().stats();
  return stats.channels[0].stdev;
}

describe.each(DATABASES)('share posters on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  let staff: TestUser;
  let author: TestUser;
  let campaign: CampaignEntity;

  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres, env: { PUBLIC_URL: 'https://stories.example.test' } });
    [staff, author] = await Promise.all([t.createUser({ role: Role.BRAND_STAFF }), t.createUser({ displayName: '小林' })]);
    campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, title: '我的生活小物', hashtag: '#我的生活小物' });
  });
  afterAll(() => t.close());

  /** The poster behind an absolute posterUrl, fetched from the test server. */
  const fetchPoster = (posterUrl: string) => fetch(`${t.baseUrl}${new URL(posterUrl).pathname}${new URL(posterUrl).search}`);

  it("draws a 1080×1440 PNG with the story's photo and text whose QR code is the sharer's shareUrl", async () => {
    const photoId = await uploadPhoto(t, author, await png(1200, 900));
    const submitted = await t.gql(SUBMIT, { input: { campaignId: campaign.id, title: '阳台的小花园 🌸', body: '每天早上浇水', photoIds: [photoId], grantUsageRights: false } }, author);
    const storyId = submitted.data?.submitStory.id as string;
    await jobsIdle(t);
    const sharer = await t.createUser();
    const links = (await t.gql(LINKS, { id: storyId }, sharer)).data?.story;

    const res = await fetchPoster(links.posterUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const image = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(image).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', POSTER_WIDTH, POSTER_HEIGHT]);
    expect(await decodeQr(image)).toBe(links.shareUrl);
    expect(links.shareUrl).toContain(`?ref=${sharer.user.id}`);
    // The title's band holds text, the photo band holds the photo (not the plain colour).
    expect(await inkIn(image, { left: 60, top: 770, width: 600, height: 60 })).toBeGreaterThan(20);
    expect(await inkIn(image, { left: 0, top: 0, width: POSTER_WIDTH, height: 700 })).toBeGreaterThan(1);

    // The same again is the stored file, byte for byte.
    expect(Buffer.from(await (await fetchPoster(links.posterUrl)).arrayBuffer()).equals(image)).toBe(true);
    // Anonymous: no sharer in the code.
    const anonymous = (await t.gql(LINKS, { id: storyId })).data?.story;
    expect(await decodeQr(Buffer.from(await (await fetchPoster(anonymous.posterUrl)).arrayBuffer()))).toBe(anonymous.shareUrl);
  });

  it('draws it again when the title changes, and stops serving it once the story is removed', async () => {
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id, title: '第一版标题' });
    const { posterUrl } = (await t.gql(LINKS, { id: story.id })).data?.story;
    const before = Buffer.from(await (await fetchPoster(posterUrl)).arrayBuffer());
    await t.dataSource.query(`UPDATE stories SET title = '第二版标题，更长一些' WHERE id = $1`, [story.id]);
    const after = Buffer.from(await (await fetchPoster(posterUrl)).arrayBuffer());
    expect(after.equals(before)).toBe(false);

    await t.dataSource.query(`UPDATE stories SET status = $2 WHERE id = $1`, [story.id, StoryStatus.REMOVED]);
    expect((await fetchPoster(posterUrl)).status).toBe(404);
    // Nor straight from media storage.
    expect((await fetch(`${t.baseUrl}/media/posters/story/${story.id}/x.png`)).status).toBe(404);
  });

  it("draws the campaign's poster, and answers 404 for anything that is not a public poster", async () => {
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: author.user.id });
    const links = (await t.gql(LINKS, { id: story.id })).data?.story;
    const image = Buffer.from(await (await fetchPoster(links.campaign.posterUrl)).arrayBuffer());
    expect(await decodeQr(image)).toBe(links.campaign.shareUrl);

    const draft = await buildCampaign(t.dataSource, { createdById: staff.user.id, published: false });
    for (const path of [`/posters/campaign/${draft.id}.png`, '/posters/story/not-an-id.png', `/posters/user/${author.user.id}.png`, `/posters/story/${story.id}.jpg`]) {
      expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    }
  });
});
