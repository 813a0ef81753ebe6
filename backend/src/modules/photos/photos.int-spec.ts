import { PubSubEngine } from 'graphql-subscriptions';
import { existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { Topics } from '../../core/pubsub/topics';
import { LocalDiskStorage } from '../../core/storage/local-disk-storage';
import { MediaStorage } from '../../core/storage/media-storage';
import { UploadTokenSigner } from '../../core/storage/upload-token';
import { buildCampaign, buildStory } from '../../testing/builders';
import { jobsIdle, putBytes, requestPhotoUpload, uploadPhoto } from '../../testing/photo-uploads';
import { codeOf, DATABASES, startTestApp, TestApp, TestUser } from '../../testing/test-app';
import { waitFor } from '../../testing/wait-for';
import {
  exifHasGps, gif, jpegWithGps, notAnImage, png, pngOver40Megapixels, sidewaysJpeg, webp,
} from '../../testing/test-images';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { Photo } from './models/photo.model';
import { PhotoProcessor } from './photo-processor';
import { PhotoStatus } from './photo-status.enum';
import { PhotoEntity } from './photo.entity';
import { PhotosService } from './photos.service';

const REQUEST = `mutation ($input: PhotoUploadInput!) {
  requestPhotoUpload(input: $input) { photo { id status contentType url thumbnailUrl } uploadUrl uploadHeaders { name value } expiresAt }
}`;
const HOUR = 3600_000;

describe.each(DATABASES)('photos on local disk, $name', ({ onRealPostgres }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ onRealPostgres });
  });
  afterAll(() => t.close());

  const photoRow = (id: string) => t.dataSource.getRepository(PhotoEntity).findOneByOrFail({ id });
  const storage = () => t.app.get(MediaStorage) as LocalDiskStorage;

  /** A story of `user`'s to attach photos to. */
  const storyOf = async (user: TestUser) => {
    const campaign = await buildCampaign(t.dataSource, { createdById: user.user.id });
    return buildStory(t.dataSource, { campaignId: campaign.id, authorId: user.user.id, status: StoryStatus.PENDING });
  };

  /** claimForStory in a transaction, as submitStory does; the error message if refused. */
  const claim = async (user: TestUser, photoIds: string[], storyId?: string): Promise<string | null> => {
    const story = storyId ?? (await storyOf(user)).id;
    try {
      await t.dataSource.transaction((manager) => t.app.get(PhotosService).claimForStory(manager, user.user.id, photoIds, story));
      return null;
    } catch (error) {
      expect((error as { code?: string }).code).toBe('BAD_USER_INPUT');
      return (error as Error).message;
    }
  };

  /** Uploads, attaches to a new story and processes: the photo row afterwards. */
  const uploadAndProcess = async (bytes: Buffer, options: { filename?: string; contentType?: string } = {}) => {
    const user = await t.createUser();
    const photoId = await uploadPhoto(t, user, bytes, options);
    const before = await photoRow(photoId);
    expect(await claim(user, [photoId])).toBeNull();
    await t.app.get(PhotosService).enqueueProcessing([photoId]);
    await jobsIdle(t);
    return { photo: await photoRow(photoId), originalKey: before.originalKey! };
  };

  const fetchServed = async (url: string) => {
    expect(url).toMatch(/^\/media\/photos\//);
    const res = await request(t.baseUrl).get(url).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    return { status: res.status, headers: res.headers, body: res.body as Buffer };
  };

  describe('requestPhotoUpload', () => {
    it('creates a photo awaiting its bytes and a same-origin upload URL valid for 15 minutes', async () => {
      const user = await t.createUser();
      const result = await t.gql(REQUEST, { input: { filename: 'C:\\Users\\mei\\IMG_0001.JPG', contentType: 'image/jpeg', byteSize: 123_456 } }, user);
      expect(result.errors).toBeUndefined();
      const grant = result.data!.requestPhotoUpload;
      expect(grant.photo).toEqual({ id: expect.any(String), status: 'AWAITING_UPLOAD', contentType: null, url: null, thumbnailUrl: null });
      expect(grant.uploadUrl).toMatch(/^\/uploads\/[\w-]+\.[\w-]+$/);
      expect(grant.uploadHeaders).toEqual([{ name: 'Content-Type', value: 'image/jpeg' }]);
      const lifetime = new Date(grant.expiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(14 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
      const row = await photoRow(grant.photo.id);
      expect(row).toMatchObject({ ownerId: user.user.id, originalFilename: 'IMG_0001.JPG', declaredByteSize: 123_456, storyId: null });
    });

    it.each(['image/png', 'image/webp', 'IMAGE/JPEG'])('accepts %s', async (contentType) => {
      const result = await t.gql(REQUEST, { input: { filename: 'a', contentType, byteSize: 1000 } }, await t.createUser());
      expect(result.errors).toBeUndefined();
    });

    it.each([
      ['a GIF', { contentType: 'image/gif' }],
      ['an SVG', { contentType: 'image/svg+xml' }],
      ['a HEIC', { contentType: 'image/heic' }],
      ['more than 15 MB', { byteSize: 15 * 1024 * 1024 + 1 }],
      ['an empty file', { byteSize: 0 }],
      ['a blank file name', { filename: '  ' }],
    ])('refuses %s with BAD_USER_INPUT', async (_, input) => {
      const result = await t.gql(REQUEST, { input: { filename: 'a.jpg', contentType: 'image/jpeg', byteSize: 1000, ...input } }, await t.createUser());
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });

    it('accepts exactly 15 MB', async () => {
      const result = await t.gql(REQUEST, { input: { filename: 'a.jpg', contentType: 'image/jpeg', byteSize: 15 * 1024 * 1024 } }, await t.createUser());
      expect(result.errors).toBeUndefined();
    });

    it('is refused without an account (UNAUTHENTICATED) and while suspended (FORBIDDEN)', async () => {
      const input = { filename: 'a.jpg', contentType: 'image/jpeg', byteSize: 1000 };
      expect(codeOf(await t.gql(REQUEST, { input }))).toBe('UNAUTHENTICATED');
      const suspended = await t.createUser();
      await t.dataSource.getRepository(UserEntity).update(suspended.user.id, { suspendedUntil: new Date(Date.now() + HOUR) });
      expect(codeOf(await t.gql(REQUEST, { input }, suspended))).toBe('FORBIDDEN');
    });

    it('allows 100 upload requests per user per hour, then RATE_LIMITED', async () => {
      const user = await t.createUser();
      const input = { filename: 'a.jpg', contentType: 'image/jpeg', byteSize: 1000 };
      for (let i = 0; i < 100; i++) expect((await t.gql(REQUEST, { input }, user)).errors).toBeUndefined();
      expect(codeOf(await t.gql(REQUEST, { input }, user))).toBe('RATE_LIMITED');
      expect((await t.gql(REQUEST, { input }, await t.createUser())).errors).toBeUndefined();
    });
  });

  describe('the upload endpoint', () => {
    const grantFor = async (bytes: Buffer, contentType = 'image/jpeg') =>
      requestPhotoUpload(t, await t.createUser(), { contentType, byteSize: bytes.length });

    it('stores exactly the declared bytes, once', async () => {
      const bytes = await png();
      const grant = await grantFor(bytes, 'image/png');
      const put = await putBytes(t, grant.uploadUrl, bytes, grant.headers);
      expect(put.status).toBe(204);
      const row = await photoRow(grant.photoId);
      expect(await storage().read(row.originalKey!)).toEqual(bytes);
      const again = await putBytes(t, grant.uploadUrl, bytes, grant.headers);
      expect(again.status).toBe(409);
    });

    it.each([
      ['a tampered signature', (url: string) => url.slice(0, -3) + (url.endsWith('AAA') ? 'BBB' : 'AAA'), 403],
      ['a token for another size', (url: string) => {
        const [body, signature] = url.slice('/uploads/'.length).split('.');
        const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
        return `/uploads/${Buffer.from(JSON.stringify({ ...payload, n: payload.n + 1 })).toString('base64url')}.${signature}`;
      }, 403],
      ['a malformed token', () => '/uploads/not-a-token', 400],
    ])('refuses %s', async (_, change, status) => {
      const bytes = await png();
      const grant = await grantFor(bytes, 'image/png');
      const put = await putBytes(t, change(grant.uploadUrl), bytes, grant.headers);
      expect(put.status).toBe(status);
      expect(JSON.parse(put.body).errors[0].message).toEqual(expect.any(String));
      expect(await storage().stat((await photoRow(grant.photoId)).originalKey!)).toBeNull();
    });

    it('refuses an expired token', async () => {
      const bytes = await png();
      const grant = await grantFor(bytes, 'image/png');
      const row = await photoRow(grant.photoId);
      const expired = t.app.get(UploadTokenSigner).sign({
        key: row.originalKey!, contentType: 'image/png', byteSize: bytes.length, expiresAt: new Date(Date.now() - 1000),
      });
      const put = await putBytes(t, `/uploads/${expired}`, bytes, grant.headers);
      expect(put.status).toBe(410);
      expect(JSON.parse(put.body).errors[0].extensions.code).toBe('EXPIRED');
      expect(await storage().stat(row.originalKey!)).toBeNull();
    });

    it.each([
      ['another Content-Type', { 'Content-Type': 'image/webp' }, 415],
      ['no Content-Type', {}, 415],
    ])('refuses %s', async (_, headers, status) => {
      const bytes = await png();
      const grant = await grantFor(bytes, 'image/png');
      expect((await putBytes(t, grant.uploadUrl, bytes, headers)).status).toBe(status);
    });

    it('refuses a body longer or shorter than declared, and one without a Content-Length', async () => {
      const bytes = await png();
      const grant = await grantFor(bytes, 'image/png');
      const longer = Buffer.concat([bytes, Buffer.alloc(10)]);
      expect((await putBytes(t, grant.uploadUrl, longer, grant.headers)).status).toBe(400);
      expect((await putBytes(t, grant.uploadUrl, bytes.subarray(1), grant.headers)).status).toBe(400);
      const chunked = await putBytes(t, grant.uploadUrl, bytes, { ...grant.headers, 'Transfer-Encoding': 'chunked' });
      expect(chunked.status).toBe(411);
      expect(await storage().stat((await photoRow(grant.photoId)).originalKey!)).toBeNull();
      // After all that, the right body still goes through.
      expect((await putBytes(t, grant.uploadUrl, bytes, grant.headers)).status).toBe(204);
    });

    it('leaves no file behind when the client stops half-way', async () => {
      const bytes = await jpegWithGps();
      const grant = await grantFor(bytes);
      await new Promise<void>((resolve, reject) => {
        const socket = connect(new URL(t.baseUrl).port as unknown as number, '127.0.0.1', () => {
          socket.write(`PUT ${grant.uploadUrl} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/jpeg\r\nContent-Length: ${bytes.length}\r\n\r\n`);
          socket.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => setTimeout(() => socket.destroy(), 200));
        });
        socket.on('close', () => resolve());
        socket.on('error', reject);
      });
      // The server notices the abort on its own schedule: wait (bounded) for the partial file to go.
      const partialDir = join(storage().root, '.partial');
      const partialFiles = () => (existsSync(partialDir) ? readdirSync(partialDir) : []);
      await waitFor(() => partialFiles().length === 0, { timeout: 10_000, what: 'the partial upload to be removed' });
      expect(partialFiles()).toEqual([]);
      expect(await storage().stat((await photoRow(grant.photoId)).originalKey!)).toBeNull();
    });

    it('removes partial files a crash left behind when it starts', async () => {
      const partialDir = join(storage().root, '.partial');
      mkdirSync(partialDir, { recursive: true });
      const [old, current] = [join(partialDir, 'left-by-a-crash'), join(partialDir, 'arriving-now')];
      writeFileSync(old, await jpegWithGps());
      writeFileSync(current, 'x');
      const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
      utimesSync(old, twoHoursAgo, twoHoursAgo);
      await storage().onApplicationBootstrap();
      expect(readdirSync(partialDir)).toEqual(['arriving-now']);
      rmSync(current);
    });
  });

  describe('claimForStory', () => {
    it('attaches the owner\'s uploaded photos in order, with the type their bytes really are', async () => {
      const user = await t.createUser();
      const story = await storyOf(user);
      const ids = [
        await uploadPhoto(t, user, await webp(), { contentType: 'image/webp' }),
        // Declared as JPEG, really a PNG: an image we accept, recorded as what it is.
        await uploadPhoto(t, user, await png(), { contentType: 'image/jpeg' }),
        await uploadPhoto(t, user, await jpegWithGps()),
      ];
      expect(await claim(user, ids, story.id)).toBeNull();
      const rows = await Promise.all(ids.map(photoRow));
      expect(rows.map((r) => [r.storyId, r.position, r.contentType, r.status])).toEqual([
        [story.id, 0, 'image/webp', PhotoStatus.PROCESSING],
        [story.id, 1, 'image/png', PhotoStatus.PROCESSING],
        [story.id, 2, 'image/jpeg', PhotoStatus.PROCESSING],
      ]);
      await jobsIdle(t);
    });

    it('refuses someone else\'s photo, or a missing one, naming it by position', async () => {
      const [owner, other] = [await t.createUser(), await t.createUser()];
      const mine = await uploadPhoto(t, owner, await png(), { contentType: 'image/png' });
      const theirs = await uploadPhoto(t, other, await png(), { contentType: 'image/png' });
      expect(await claim(owner, [mine, theirs])).toBe('Photo 2 was not found among your uploads.');
      expect(await claim(owner, [mine, '00000000-0000-4000-8000-000000000000'])).toBe('Photo 2 was not found among your uploads.');
      expect(await claim(owner, ['not-an-id'])).toBe('Photo 1 was not found among your uploads.');
      // The refusal rolled everything back: the first photo is still free.
      expect((await photoRow(mine)).status).toBe(PhotoStatus.AWAITING_UPLOAD);
    });

    it('refuses a photo whose bytes never arrived', async () => {
      const user = await t.createUser();
      const grant = await requestPhotoUpload(t, user, { filename: 'beach.jpg', byteSize: 5000 });
      expect(await claim(user, [grant.photoId])).toBe('Photo 1 ("beach.jpg") has not been uploaded yet.');
    });

    it.each([
      ['bytes that are no image', notAnImage, 'is not a JPEG, PNG or WebP image'],
      ['a GIF', gif, 'is not a JPEG, PNG or WebP image'],
      ['a 48-megapixel PNG', pngOver40Megapixels, 'is 48.0 megapixels (8000×6000); the limit is 40'],
    ])('refuses %s declared as a JPEG, naming the photo', async (_, make, problem) => {
      const user = await t.createUser();
      const good = await uploadPhoto(t, user, await png(), { contentType: 'image/png', filename: 'fine.png' });
      const bad = await uploadPhoto(t, user, await make(), { filename: 'holiday.jpg' });
      const message = await claim(user, [good, bad]);
      expect(message).toBe(`Photo 2 ("holiday.jpg") ${problem}.`);
      expect((await photoRow(good)).status).toBe(PhotoStatus.AWAITING_UPLOAD);
    });

    it('refuses the same photo twice, and a photo already in a story', async () => {
      const user = await t.createUser();
      const id = await uploadPhoto(t, user, await png(), { contentType: 'image/png', filename: 'cat.png' });
      expect(await claim(user, [id, id])).toBe('Photo 2 is listed twice.');
      expect(await claim(user, [id])).toBeNull();
      expect(await claim(user, [id])).toBe('Photo 1 ("cat.png") is already used elsewhere; upload it again.');
      await jobsIdle(t);
    });

    it('puts the photo id in the error details', async () => {
      const user = await t.createUser();
      const id = await uploadPhoto(t, user, notAnImage());
      const story = await storyOf(user);
      const error = await t.dataSource
        .transaction((m) => t.app.get(PhotosService).claimForStory(m, user.user.id, [id], story.id))
        .catch((e: { details: Record<string, unknown> }) => e);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'photoIds', photoId: id } });
    });
  });

  describe('processing', () => {
    it('makes display and thumbnail JPEGs without any metadata and deletes the original', async () => {
      const original = await jpegWithGps();
      expect(exifHasGps((await sharp(original).metadata()).exif)).toBe(true);
      const { photo, originalKey } = await uploadAndProcess(original);
      expect(photo).toMatchObject({ status: PhotoStatus.READY, width: 2048, height: 1365, originalKey: null, failureReason: null });
      expect(photo.processedAt).toBeInstanceOf(Date);
      expect(await storage().stat(originalKey)).toBeNull();
      expect(existsSync(storage().pathOf(originalKey))).toBe(false);

      for (const [key, longest] of [[photo.displayKey!, 2048], [photo.thumbnailKey!, 480]] as const) {
        const served = await fetchServed(storage().publicUrl(key));
        expect(served.status).toBe(200);
        const metadata = await sharp(served.body).metadata();
        expect(metadata).toMatchObject({ format: 'jpeg', space: 'srgb' });
        expect(Math.max(metadata.width, metadata.height)).toBe(longest);
        expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc, metadata.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
        expect(served.body.includes(Buffer.from('TestCam'))).toBe(false);
      }
    });

    it('turns a sideways photo upright from its EXIF orientation', async () => {
      const original = await sidewaysJpeg();
      expect((await sharp(original).metadata()).orientation).toBe(6);
      const { photo } = await uploadAndProcess(original);
      expect(photo).toMatchObject({ status: PhotoStatus.READY, width: 800, height: 1200 });
      const served = await sharp((await fetchServed(storage().publicUrl(photo.thumbnailKey!))).body).metadata();
      expect([served.width, served.height, served.orientation]).toEqual([320, 480, undefined]);
    });

    it('flattens a transparent PNG and converts a WebP, never enlarging', async () => {
      const fromPng = await uploadAndProcess(await png(640, 480), { contentType: 'image/png' });
      expect(fromPng.photo).toMatchObject({ status: PhotoStatus.READY, contentType: 'image/png', width: 640, height: 480 });
      const pngServed = await sharp((await fetchServed(storage().publicUrl(fromPng.photo.displayKey!))).body).metadata();
      expect([pngServed.format, pngServed.hasAlpha, pngServed.width]).toEqual(['jpeg', false, 640]);

      const fromWebp = await uploadAndProcess(await webp(800, 600), { contentType: 'image/webp' });
      expect(fromWebp.photo).toMatchObject({ status: PhotoStatus.READY, contentType: 'image/webp', width: 800, height: 600 });
    });

    it('exposes the served keys (url, thumbnailUrl) only once READY', async () => {
      const user = await t.createUser();
      const photoId = await uploadPhoto(t, user, await png(), { contentType: 'image/png' });
      expect(Photo.from(await photoRow(photoId)).displayKey).toBeNull();
      await claim(user, [photoId]);
      await t.app.get(PhotosService).enqueueProcessing([photoId]);
      await jobsIdle(t);
      const ready = Photo.from(await photoRow(photoId));
      expect(ready.displayKey).toMatch(/^photos\/[0-9a-f-]+\/[0-9a-f]{32}-display\.jpg$/);
    });

    it('tells the story\'s viewers when its photo is ready', async () => {
      const user = await t.createUser();
      const story = await storyOf(user);
      const photoId = await uploadPhoto(t, user, await png(), { contentType: 'image/png' });
      const events: unknown[] = [];
      const pubsub = t.app.get(PubSubEngine);
      const subscription = await pubsub.subscribe(Topics.storyUpdated(story.id), (event: unknown) => events.push(event), {});
      await claim(user, [photoId], story.id);
      await t.app.get(PhotosService).enqueueProcessing([photoId]);
      await jobsIdle(t);
      pubsub.unsubscribe(subscription);
      expect(events).toEqual([{ storyId: story.id }]);
    });

    it('marks a photo that cannot be decoded FAILED, and deletes its original too', async () => {
      const whole = await jpegWithGps();
      // The header is intact (so the claim accepts it), the picture data is cut short.
      const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
      const { photo, originalKey } = await uploadAndProcess(truncated);
      expect(photo).toMatchObject({ status: PhotoStatus.FAILED, originalKey: null, displayKey: null });
      expect(photo.failureReason).toMatch(/could not be decoded/);
      expect(await storage().stat(originalKey)).toBeNull();
    });

    it('is harmless when run again, and resumes work a crash interrupted on start', async () => {
      const user = await t.createUser();
      const photoId = await uploadPhoto(t, user, await webp(), { contentType: 'image/webp' });
      // Claimed, but the process "died" before the job ran.
      await claim(user, [photoId]);
      await t.app.get(PhotoProcessor).onApplicationBootstrap();
      await jobsIdle(t);
      const ready = await photoRow(photoId);
      expect(ready.status).toBe(PhotoStatus.READY);
      await t.app.get(PhotoProcessor).process(photoId);
      expect(await photoRow(photoId)).toEqual(ready);
      expect(await storage().stat(ready.displayKey!)).not.toBeNull();
    });
  });

  describe('serving media', () => {
    it('serves processed files with a bounded cache header (they can be taken down) and their type', async () => {
      const { photo } = await uploadAndProcess(await png(), { contentType: 'image/png' });
      const served = await fetchServed(storage().publicUrl(photo.displayKey!));
      expect(served.status).toBe(200);
      expect(served.headers['cache-control']).toBe('public, max-age=60');
      expect(served.headers['content-type']).toBe('image/jpeg');
    });

    it('never serves an original, a missing file or anything outside the media folder', async () => {
      const user = await t.createUser();
      const photoId = await uploadPhoto(t, user, await jpegWithGps());
      const { originalKey } = await photoRow(photoId);
      expect(await storage().stat(originalKey!)).not.toBeNull();
      expect((await request(t.baseUrl).get(`/media/${originalKey}`)).status).toBe(404);
      expect((await request(t.baseUrl).get('/media/photos/nothing-here.jpg')).status).toBe(404);
      for (const path of ['/media/photos', '/media/photos/', '/media/../jwt-secret', '/media/%2e%2e/upload-secret', '/media/photos/..%2f..%2fupload-secret', '/media/.partial/x']) {
        const status = await new Promise<number>((resolve, reject) => {
          httpRequest(new URL(t.baseUrl), { path, method: 'GET' }, (res) => {
            res.resume();
            resolve(res.statusCode!);
          }).on('error', reject).end();
        });
        expect([path, status]).toEqual([path, 404]);
      }
    });
  });

  describe('cleanup', () => {
    it('deletes uploads attached to nothing after 24 hours, files included, and keeps the rest', async () => {
      const user = await t.createUser();
      const photos = t.dataSource.getRepository(PhotoEntity);
      const image = await png();
      const upload = () => uploadPhoto(t, user, image, { contentType: 'image/png' });
      const [stale, fresh, inStory, cover, formerCover, justClaimed] = [
        await upload(), await upload(), await upload(), await upload(), await upload(), await upload(),
      ];
      await claim(user, [inStory]);
      const campaign = await buildCampaign(t.dataSource, { createdById: user.user.id });
      const setCover = (photoId: string) => t.dataSource.transaction(async (manager) => {
        await t.app.get(PhotosService).claimForCampaignCover(manager, user.user.id, photoId);
        await manager.getRepository(CampaignEntity).update(campaign.id, { coverPhotoId: photoId });
      });
      await setCover(formerCover);
      await setCover(cover);
      // Claimed as a cover a moment ago, by a campaign not written yet: kept.
      await t.dataSource.transaction((manager) => t.app.get(PhotosService).claimForCampaignCover(manager, user.user.id, justClaimed));

      const dayAgo = new Date(Date.now() - 25 * HOUR);
      for (const id of [stale, inStory, cover, formerCover, justClaimed]) await photos.update(id, { createdAt: dayAgo });
      for (const id of [inStory, cover, formerCover]) await photos.update(id, { uploadedAt: dayAgo });
      const staleKey = (await photoRow(stale)).originalKey!;
      const formerCoverKey = (await photoRow(formerCover)).originalKey!;
      expect(await storage().stat(staleKey)).not.toBeNull();

      expect(await t.app.get(PhotosService).deleteUnattachedUploads()).toBe(2);
      for (const gone of [stale, formerCover]) expect(await photos.findOneBy({ id: gone })).toBeNull();
      for (const key of [staleKey, formerCoverKey]) expect(await storage().stat(key)).toBeNull();
      for (const kept of [fresh, inStory, cover, justClaimed]) expect(await photos.findOneBy({ id: kept })).not.toBeNull();
      expect((await t.dataSource.getRepository(CampaignEntity).findOneByOrFail({ id: campaign.id })).coverPhotoId).toBe(cover);
    });
  });
});
