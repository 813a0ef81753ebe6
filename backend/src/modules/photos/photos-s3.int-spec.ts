import sharp from 'sharp';
import request from 'supertest';
import { loadConfig } from '../../core/config/app-config';
import { MediaStorage } from '../../core/storage/media-storage';
import { S3Storage } from '../../core/storage/s3-storage';
import { buildCampaign, buildStory } from '../../testing/builders';
import { jobsIdle, putBytes, requestPhotoUpload, uploadPhoto } from '../../testing/photo-uploads';
import { startS3Server, TestS3Server } from '../../testing/s3-server';
import { DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { exifHasGps, jpegWithGps, notAnImage, png } from '../../testing/test-images';
import { StoryStatus } from '../stories/story-status.enum';
import { PhotoStatus } from './photo-status.enum';
import { PhotoEntity } from './photo.entity';
import { PhotosService } from './photos.service';

describe.each(DATABASES)('photos on an S3-protocol store (s3rver), $name', ({ onRealPostgres }) => {
  let s3: TestS3Server;
  let t: TestApp;
  beforeAll(async () => {
    s3 = await startS3Server();
    t = await startTestApp({ onRealPostgres, env: s3.env });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await s3?.stop();
  });

  const photoRow = (id: string) => t.dataSource.getRepository(PhotoEntity).findOneByOrFail({ id });
  const storage = () => t.app.get(MediaStorage);

  const claim = async (user: TestUser, photoIds: string[]): Promise<string | null> => {
    const campaign = await buildCampaign(t.dataSource, { createdById: user.user.id });
    const story = await buildStory(t.dataSource, { campaignId: campaign.id, authorId: user.user.id, status: StoryStatus.PENDING });
    try {
      await t.dataSource.transaction((manager) => t.app.get(PhotosService).claimForStory(manager, user.user.id, photoIds, story.id));
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('uses the S3 store', () => {
    expect(storage()).toBeInstanceOf(S3Storage);
  });

  it('hands out a presigned PUT URL, valid 15 minutes, whose signature covers the type and length', async () => {
    const user = await t.createUser();
    const bytes = await png();
    const grant = await requestPhotoUpload(t, user, { contentType: 'image/png', byteSize: bytes.length });
    const url = new URL(grant.uploadUrl);
    expect(`${url.origin}${url.pathname}`).toMatch(new RegExp(`^${s3.endpoint}/${s3.bucket}/incoming/${grant.photoId}/[0-9a-f]{32}$`));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-SignedHeaders')!.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host']));
    expect(grant.headers).toEqual({ 'Content-Type': 'image/png' });

    const put = await putBytes(t, grant.uploadUrl, bytes, grant.headers);
    expect(put.status).toBe(200);
    expect(await storage().stat((await photoRow(grant.photoId)).originalKey!)).toEqual({ size: bytes.length });
  });

  it('is refused by the store once the URL has expired', async () => {
    const bytes = await png();
    const key = `incoming/expiry-test/${Date.now()}`;
    const target = await storage().createUploadTarget(key, 'image/png', bytes.length, new Date(Date.now() + 1000));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const put = await putBytes(t, target.url, bytes, Object.fromEntries(target.headers.map((h) => [h.name, h.value])));
    expect(put.status).toBe(403);
    expect(put.body).toMatch(/expired/i);
    expect(await storage().stat(key)).toBeNull();
  });

  // s3rver does not verify V4 signatures (real S3 refuses these bodies at the PUT because the
  // signature covers Content-Type and Content-Length); the check at submit catches them anyway.
  it('catches bytes that differ from the grant when the photo is submitted', async () => {
    const user = await t.createUser();
    const image = await png();
    const longer = await requestPhotoUpload(t, user, { filename: 'long.png', contentType: 'image/png', byteSize: image.length });
    await putBytes(t, longer.uploadUrl, Buffer.concat([image, Buffer.alloc(100)]), longer.headers);
    expect(await claim(user, [longer.photoId])).toBe(
      `Photo 1 ("long.png") was not uploaded as declared (${image.length + 100} bytes arrived, ${image.length} were declared).`);

    const fake = notAnImage();
    const lying = await requestPhotoUpload(t, user, { filename: 'fake.jpg', contentType: 'image/jpeg', byteSize: fake.length });
    expect((await putBytes(t, lying.uploadUrl, fake, lying.headers)).status).toBe(200);
    expect(await claim(user, [lying.photoId])).toBe('Photo 1 ("fake.jpg") is not a JPEG, PNG or WebP image.');
  });

  it('processes from and to S3, deletes the original there, and serves the result from S3 with bounded caching', async () => {
    const user = await t.createUser();
    const original = await jpegWithGps();
    const photoId = await uploadPhoto(t, user, original);
    const originalKey = (await photoRow(photoId)).originalKey!;
    expect(await claim(user, [photoId])).toBeNull();
    await t.app.get(PhotosService).enqueueProcessing([photoId]);
    await jobsIdle(t);

    const photo = await photoRow(photoId);
    expect(photo).toMatchObject({ status: PhotoStatus.READY, width: 2048, height: 1365, originalKey: null });
    expect(await storage().stat(originalKey)).toBeNull();

    const url = storage().publicUrl(photo.displayKey!);
    expect(url).toBe(`${s3.endpoint}/${s3.bucket}/${photo.displayKey}`);
    const served = await request(url).get('').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(served.status).toBe(200);
    expect(served.headers['cache-control']).toBe('public, max-age=60');
    expect(served.headers['content-type']).toBe('image/jpeg');
    const metadata = await sharp(served.body as Buffer).metadata();
    expect([metadata.width, metadata.exif, exifHasGps(metadata.exif)]).toEqual([2048, undefined, false]);
  });

  it('moves a withheld story\'s photos out of the public prefix in the bucket, and back', async () => {
    const user = await t.createUser();
    const photoId = await uploadPhoto(t, user, await png(), { contentType: 'image/png' });
    expect(await claim(user, [photoId])).toBeNull();
    await t.app.get(PhotosService).enqueueProcessing([photoId]);
    await jobsIdle(t);
    const { storyId, displayKey } = await photoRow(photoId);
    const publicUrl = storage().publicUrl(displayKey!);
    expect((await fetch(publicUrl)).status).toBe(200);

    const setPublic = (isPublic: boolean) =>
      t.dataSource.transaction((manager) => t.app.get(PhotosService).setStoryMediaPublic(manager, storyId!, isPublic));
    await setPublic(false);
    const withheld = await photoRow(photoId);
    expect(withheld).toMatchObject({ withheld: true, displayKey: `withheld/${displayKey}` });
    expect(await storage().stat(displayKey!)).toBeNull();
    expect((await fetch(publicUrl)).status).toBe(404);
    // A presigned GET reaches it for those who may still see the story.
    expect((await fetch(await storage().privateUrl(withheld.displayKey!, 60))).status).toBe(200);
    await setPublic(false); // idempotent

    await setPublic(true);
    expect(await photoRow(photoId)).toMatchObject({ withheld: false, displayKey });
    expect((await fetch(publicUrl)).status).toBe(200);
  });

  it('deletes unattached uploads from S3 after 24 hours', async () => {
    const user = await t.createUser();
    const photoId = await uploadPhoto(t, user, await png(), { contentType: 'image/png' });
    const key = (await photoRow(photoId)).originalKey!;
    await t.dataSource.getRepository(PhotoEntity).update(photoId, { createdAt: new Date(Date.now() - 25 * 3600_000) });
    expect(await t.app.get(PhotosService).deleteUnattachedUploads()).toBe(1);
    expect(await storage().stat(key)).toBeNull();
  });

  it('leaves the backend\'s own upload and media endpoints unused', async () => {
    expect((await request(t.baseUrl).put('/uploads/anything').set('content-type', 'image/png').send(Buffer.alloc(10))).status).toBe(404);
    expect((await request(t.baseUrl).get('/media/photos/x.jpg')).status).toBe(404);
  });

  it('builds public URLs on MEDIA_PUBLIC_URL when set', () => {
    const withCdn = new S3Storage(loadConfig({ ...s3.env, NODE_ENV: 'test', MEDIA_PUBLIC_URL: 'https://cdn.example.com/media/' }));
    expect(withCdn.publicUrl('photos/p/abc-display.jpg')).toBe('https://cdn.example.com/media/photos/p/abc-display.jpg');
    withCdn.onApplicationShutdown();
  });
});
