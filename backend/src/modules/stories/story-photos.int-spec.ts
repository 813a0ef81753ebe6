import sharp from 'sharp';
import { buildCampaign } from '../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../testing/photo-uploads';
import { startS3Server, TestS3Server } from '../../testing/s3-server';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { exifHasGps, jpegWithGps, notAnImage, png, webp } from '../../testing/test-images';
import { Role } from '../accounts/role.enum';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryEntity } from './story.entity';

const SUBMIT = `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id status photos { id status } } }`;
const STORY = `query ($id: ID!) { story(id: $id) { id status photos { id status contentType width height url thumbnailUrl } } }`;
const CREATE_CAMPAIGN = `mutation ($input: CampaignInput!) { createCampaign(input: $input) { id coverImageUrl } }`;
const CAMPAIGN = `query ($id: ID) { campaign(id: $id) { coverImageUrl } }`;

/** Stories with real photos, end to end, with the bytes in a real S3-protocol server. */
describe.each(DATABASES)('stories with photos on S3, $name', ({ onRealPostgres }) => {
  let s3: TestS3Server;
  let t: TestApp;
  let staff: TestUser;
  let campaign: CampaignEntity;

  beforeAll(async () => {
    s3 = await startS3Server();
    t = await startTestApp({ onRealPostgres, env: s3.env });
    staff = await t.createUser({ role: Role.BRAND_STAFF });
    campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false, maxPhotosPerStory: 3 });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.stop();
  });

  const submit = (as: TestUser, photoIds: string[], campaignId = campaign.id) =>
    t.gql(SUBMIT, { input: { campaignId, title: '阳台的早晨', body: '三张照片 #我的生活小物', photoIds, grantUsageRights: true } }, as);
  const fetchBytes = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('uploads, submits, processes: the story shows its photos in order, READY, clean of GPS', async () => {
    const author = await t.createUser();
    const ids = [
      await uploadPhoto(t, author, await jpegWithGps(), { filename: 'IMG_0001.JPG', contentType: 'image/jpeg' }),
      await uploadPhoto(t, author, await png(), { filename: 'screenshot.png', contentType: 'image/png' }),
      await uploadPhoto(t, author, await webp(), { filename: 'plant.webp', contentType: 'image/webp' }),
    ];
    const submitted = await submit(author, ids);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitStory.status).toBe('APPROVED');
    expect(submitted.data!.submitStory.photos.map((p: { id: string }) => p.id)).toEqual(ids);

    await jobsIdle(t);
    const story = (await t.gql(STORY, { id: submitted.data!.submitStory.id })).data!.story;
    expect(story.photos.map((p: { id: string }) => p.id)).toEqual(ids);
    for (const photo of story.photos) {
      expect(photo).toMatchObject({ status: 'READY', url: expect.stringContaining(s3.endpoint), thumbnailUrl: expect.stringContaining(s3.endpoint) });
      const served = await fetchBytes(photo.url);
      expect(served.status).toBe(200);
      const metadata = await sharp(served.body).metadata();
      expect([metadata.width, metadata.height]).toEqual([photo.width, photo.height]);
      expect(exifHasGps(metadata.exif)).toBe(false);
    }
  });

  it('writes nothing when a photo is refused: not the author\'s, or not an image', async () => {
    const author = await t.createUser();
    const someoneElses = await uploadPhoto(t, await t.createUser(), await png(), { contentType: 'image/png' });
    const mine = await uploadPhoto(t, author, await png(), { contentType: 'image/png' });
    const refused = await submit(author, [mine, someoneElses]);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const fake = await uploadPhoto(t, author, notAnImage(), { contentType: 'image/jpeg' });
    expect(codeOf(await submit(author, [mine, fake]))).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(StoryEntity).countBy({ authorId: author.user.id })).toBe(0);
    expect((await t.dataSource.query(`SELECT story_id FROM photos WHERE id = $1`, [mine]))[0].story_id).toBeNull();

    // The same photo still goes through on its own.
    expect((await submit(author, [mine])).errors).toBeUndefined();
  });

  it('refuses a photo already used in another story', async () => {
    const author = await t.createUser();
    const photo = await uploadPhoto(t, author, await png(), { contentType: 'image/png' });
    expect((await submit(author, [photo])).errors).toBeUndefined();
    expect(codeOf(await submit(author, [photo]))).toBe('BAD_USER_INPUT');
  });

  it('refuses more real photos than the campaign takes', async () => {
    const author = await t.createUser();
    const ids = [];
    for (let n = 0; n < 4; n++) ids.push(await uploadPhoto(t, author, await png(32, 32), { contentType: 'image/png' }));
    expect(codeOf(await submit(author, ids))).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.getRepository(StoryEntity).countBy({ authorId: author.user.id })).toBe(0);
  });

  it('gives a campaign a processed cover image through the same upload flow', async () => {
    const cover = await uploadPhoto(t, staff, await jpegWithGps(), { contentType: 'image/jpeg' });
    const created = await t.gql(CREATE_CAMPAIGN, {
      input: {
        slug: `cover-${Date.now().toString(36)}`, title: '封面', description: 'With a cover',
        startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString(), coverPhotoId: cover,
      },
    }, staff);
    expect(created.errors).toBeUndefined();
    await jobsIdle(t);
    const url = (await t.gql(CAMPAIGN, { id: created.data!.createCampaign.id })).data!.campaign.coverImageUrl;
    expect(url).toContain(s3.endpoint);
    expect((await fetchBytes(url)).status).toBe(200);

    const notMine = await uploadPhoto(t, await t.createUser(), await png(), { contentType: 'image/png' });
    const update = await t.gql(`mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id } }`,
      { id: created.data!.createCampaign.id, input: { coverPhotoId: notMine } }, staff);
    expect(codeOf(update)).toBe('BAD_USER_INPUT');
  });
});
