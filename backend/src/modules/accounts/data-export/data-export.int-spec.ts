import { MediaStorage, PRIVATE_KEY_PREFIX } from '../../../core/storage/media-storage';
import { DataExportService } from './data-export.service';
import request from 'supertest';
import sharp from 'sharp';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { buildCampaign } from '../../../testing/builders';
import { jobsIdle, uploadPhoto } from '../../../testing/photo-uploads';
import { codeOf, DATABASES, startTestApp, TestApp } from '../../../testing/test-app';
import { exifHasGps, jpegWithGps } from '../../../testing/test-images';
import { Role } from '../role.enum';

/** Every file in a ZIP, by name. */
function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file: ZipFile) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      file.on('entry', (entry: Entry) => {
        file.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(files));
      file.readEntry();
    });
  });
}

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe.each(DATABASES)('data export on $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
  });
  afterAll(() => t.close());

  it('builds a ZIP of everything about the user, photos without metadata, linked once in the inbox; one a day', async () => {
    const staff = await t.createUser({ role: Role.BRAND_STAFF });
    const moderator = await t.createUser({ role: Role.MODERATOR });
    const campaign = await buildCampaign(t.dataSource, { createdById: staff.user.id, requiresModeration: false });
    const me = await t.createUser();
    const photoId = await uploadPhoto(t, me, await jpegWithGps(), { filename: 'IMG_1.JPG', contentType: 'image/jpeg' });
    const story = await t.gql(
      `mutation ($input: SubmitStoryInput!) { submitStory(input: $input) { id } }`,
      { input: { campaignId: campaign.id, title: '我的杯子', body: 'Every morning #mug', photoIds: [photoId], grantUsageRights: true } },
      me,
    );
    const storyId = story.data!.submitStory.id;
    await jobsIdle(t);
    await t.gql(`mutation ($id: ID!) { addComment(storyId: $id, body: "my own comment") { id } }`, { id: storyId }, me);
    await t.gql(`mutation ($id: ID!) { suspendUser(userId: $id, reason: "testing the export", until: "2999-01-01T00:00:00Z") { id } }`, { id: me.user.id }, moderator);
    await t.gql(`mutation ($id: ID!) { liftSuspension(userId: $id) { id } }`, { id: me.user.id }, moderator);

    expect((await t.gql(`mutation { requestDataExport }`, {}, me)).data).toEqual({ requestDataExport: true });
    expect(codeOf(await t.gql(`mutation { requestDataExport }`, {}, me))).toBe('RATE_LIMITED');
    await jobsIdle(t);

    const [notice]: { link: string }[] = await t.dataSource.query(
      `SELECT link FROM notifications WHERE recipient_id = $1 AND kind = 'DATA_EXPORT_READY'`,
      [me.user.id],
    );
    expect(notice.link).toMatch(/^\/exports\/data\/[A-Za-z0-9_-]+$/);
    const res = await request(t.baseUrl).get(notice.link).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = await unzip(res.body as Buffer);
    const data = JSON.parse(files.get('data.json')!.toString('utf8'));
    expect(data.profile).toMatchObject({ id: me.user.id, email: me.user.email });
    expect(data.profile.password_hash).toBeUndefined();
    expect(data.stories).toEqual([expect.objectContaining({ id: storyId, title: '我的杯子', consent_history: [expect.objectContaining({ granted: true })] })]);
    expect(data.comments).toEqual([expect.objectContaining({ body: 'my own comment' })]);
    expect(data.moderation.map((m: { action: string }) => m.action)).toEqual(['SUSPEND', 'UNSUSPEND']);
    expect(JSON.stringify(data.moderation)).not.toContain(moderator.user.id);
    const photo = files.get(`photos/${storyId}/${photoId}.jpg`)!;
    expect(photo).toBeDefined();
    const meta = await sharp(photo).metadata();
    expect(meta.format).toBe('jpeg');
    expect(exifHasGps(meta.exif)).toBe(false);

    // The link works once, and the file goes with it.
    expect((await request(t.baseUrl).get(notice.link)).status).toBe(404);
    expect((await request(t.baseUrl).get('/exports/data/not-a-real-token-at-all-123')).status).toBe(404);
    const [row]: { id: string; storage_key: string | null }[] = await t.dataSource.query(`SELECT id, storage_key FROM data_exports WHERE user_id = $1`, [me.user.id]);
    expect(row.storage_key).toBeNull();
    expect(await t.app.get(MediaStorage).stat(`${PRIVATE_KEY_PREFIX}data-exports/${row.id}.zip`)).toBeNull();
  });

  it('deletes the file of an export whose link expired unused', async () => {
    const me = await t.createUser();
    await t.gql(`mutation { requestDataExport }`, {}, me);
    await jobsIdle(t);
    const [row]: { id: string; storage_key: string }[] = await t.dataSource.query(`SELECT id, storage_key FROM data_exports WHERE user_id = $1`, [me.user.id]);
    const storage = t.app.get(MediaStorage);
    expect(await storage.stat(row.storage_key)).not.toBeNull();

    const service = t.app.get(DataExportService);
    expect(await service.deleteExpired()).toBe(0);
    expect(await service.deleteExpired(new Date(Date.now() + 8 * 24 * 3600 * 1000))).toBe(1);
    expect(await storage.stat(row.storage_key)).toBeNull();
    expect((await t.dataSource.query(`SELECT storage_key FROM data_exports WHERE id = $1`, [row.id]))[0].storage_key).toBeNull();
  });
});
