import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { BadUserInputError } from '../../core/errors/app-errors';
import { isId } from '../../core/graphql/id.pipe';
import { JobQueue } from '../../core/jobs/job-queue';
import { RateLimiter, RateLimitPolicy } from '../../core/rate-limit/rate-limiter.service';
import { MediaObjectMissingError, MediaStorage, UploadTarget } from '../../core/storage/media-storage';
import type { Viewer } from '../../core/auth/viewer';
import { PhotoUploadInput } from './dto/photo-upload.input';
import { headerDimensions, megapixels, sniffContentType } from './photo-images';
import { newOriginalKey, publicKey, withheldKey } from './photo-keys';
import {
  AcceptedContentType, AVATAR_POSITION, COVER_POSITION, MAX_PIXELS, UNATTACHED_UPLOAD_LIFETIME_MS, UPLOAD_URL_LIFETIME_MS,
} from './photo-rules';
import { PhotoStatus } from './photo-status.enum';
import { PhotoEntity } from './photo.entity';

export const PHOTO_UPLOADS_PER_USER: RateLimitPolicy = { name: 'photo-upload', points: 100, windowSeconds: 3600 };

/** Job names, with their data. */
export const PROCESS_PHOTO_JOB = 'photo.process';
export const DELETE_MEDIA_JOB = 'photo.delete-media';
export interface ProcessPhotoJob {
  photoId: string;
}
export interface DeleteMediaJob {
  keys: string[];
}
export const PROCESS_PHOTO_ATTEMPTS = 3;

/**
 * Enough of the start of a file for any header we accept: PNG and WebP put their size in the
 * first 30 bytes; a JPEG's size marker follows its EXIF/XMP blocks, which are rarely longer.
 */
const HEAD_BYTES = 256 * 1024;
const CLEANUP_BATCH = 200;

/** BAD_USER_INPUT about one photo of a list: the message names it, `photoId` says which. */
export class PhotoRejectedError extends BadUserInputError {
  constructor(message: string, photoId: string) {
    super(message, 'photoIds');
    this.details.photoId = photoId;
  }
}

export interface PhotoUploadGrant {
  photo: PhotoEntity;
  upload: UploadTarget;
  expiresAt: Date;
}

/**
 * Photos from upload to attachment: the upload grant, the checks before a photo joins a story
 * (ownership, the bytes really uploaded and really an accepted image of at most 40 megapixels),
 * and the removal of uploads nobody used. Processing itself is PhotoProcessor's.
 */
@Injectable()
export class PhotosService {
  private readonly logger = new Logger(PhotosService.name);

  constructor(
    @InjectRepository(PhotoEntity) private readonly photos: Repository<PhotoEntity>,
    private readonly storage: MediaStorage,
    private readonly jobs: JobQueue,
    private readonly limiter: RateLimiter,
  ) {}

  /** A new photo awaiting its bytes, and where to PUT them (valid for 15 minutes). */
  async requestUpload(viewer: Viewer, input: PhotoUploadInput): Promise<PhotoUploadGrant> {
    await this.limiter.consume(PHOTO_UPLOADS_PER_USER, viewer.id);
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + UPLOAD_URL_LIFETIME_MS);
    const photo = this.photos.create({
      id,
      ownerId: viewer.id,
      status: PhotoStatus.AWAITING_UPLOAD,
      declaredContentType: input.contentType,
      declaredByteSize: input.byteSize,
      originalFilename: input.filename,
      originalKey: newOriginalKey(id),
    });
    const upload = await this.storage.createUploadTarget(photo.originalKey!, input.contentType, input.byteSize, expiresAt);
    await this.photos.insert(photo);
    return { photo, upload, expiresAt };
  }

  /**
   * Attaches the caller's uploaded photos to a story, in this order, inside the caller's
   * transaction. BAD_USER_INPUT naming the first photo that is not the owner's, not uploaded
   * (exactly as declared), already used, not really a JPEG/PNG/WebP or over 40 megapixels.
   * Call `enqueueProcessing(photoIds)` once the transaction has committed.
   */
  async claimForStory(manager: EntityManager, ownerId: string, photoIds: string[], storyId: string): Promise<void> {
    await this.claim(manager, ownerId, photoIds, (index) => `Photo ${index + 1}`, (photo, index) => {
      photo.storyId = storyId;
      photo.position = index;
    });
  }

  /**
   * A story's photos become exactly `photoIds`, in this order, inside the caller's transaction:
   * photos already on the story keep their files, new uploads are claimed (claimForStory's
   * checks), the others' rows go. Returns the new photos (to `enqueueProcessing`) and the files
   * of the removed ones (to `deleteMedia`), both for after the commit.
   */
  async replaceStoryPhotos(
    manager: EntityManager,
    ownerId: string,
    storyId: string,
    photoIds: string[],
  ): Promise<{ added: string[]; removedKeys: (string | null)[] }> {
    const ids = photoIds.map((id) => id.toLowerCase());
    const current = await manager.getRepository(PhotoEntity).find({ where: { storyId }, lock: { mode: 'pessimistic_write' } });
    const kept = new Set(current.filter((photo) => ids.includes(photo.id)).map((photo) => photo.id));
    const removed = current.filter((photo) => !kept.has(photo.id));
    if (removed.length) await manager.delete(PhotoEntity, { id: In(removed.map((photo) => photo.id)) });
    for (const photo of current) {
      if (kept.has(photo.id)) await manager.update(PhotoEntity, { id: photo.id }, { position: ids.indexOf(photo.id) });
    }
    const added = ids.filter((id) => !kept.has(id));
    await this.claim(manager, ownerId, added, (index) => `Photo ${ids.indexOf(added[index]) + 1}`, (photo) => {
      photo.storyId = storyId;
      photo.position = ids.indexOf(photo.id);
    });
    return { added, removedKeys: removed.flatMap((photo) => [photo.originalKey, photo.displayKey, photo.thumbnailKey]) };
  }

  /**
   * The same checks for a campaign's cover. Set the campaign's coverPhotoId in the same
   * transaction: cleanup keeps unattached photos only while a campaign points at them.
   */
  async claimForCampaignCover(manager: EntityManager, ownerId: string, photoId: string): Promise<void> {
    await this.claim(manager, ownerId, [photoId], () => 'The cover photo', (photo) => {
      photo.storyId = null;
      photo.position = COVER_POSITION;
    });
  }

  /**
   * The same checks for a user's avatar. Set the user's avatarPhotoId in the same transaction:
   * cleanup keeps unattached photos only while a user or campaign points at them.
   */
  async claimForAvatar(manager: EntityManager, ownerId: string, photoId: string): Promise<void> {
    await this.claim(manager, ownerId, [photoId], () => 'The avatar photo', (photo) => {
      photo.storyId = null;
      photo.position = AVATAR_POSITION;
    });
  }

  /**
   * Every photo of these stories and every upload of this owner (not a campaign's cover), rows
   * inside the caller's transaction; returns every stored copy's key (original, display,
   * thumbnail, public or withheld) for `deleteMedia` after the commit.
   */
  async deleteAllOf(manager: EntityManager, ownerId: string, storyIds: string[]): Promise<string[]> {
    const [rows]: [{ original_key: string | null; display_key: string | null; thumbnail_key: string | null }[]] = await manager.query(
      `DELETE FROM photos p
        WHERE (p.owner_id = $1 OR p.story_id = ANY($2::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.cover_photo_id = p.id)
        RETURNING original_key, display_key, thumbnail_key`,
      [ownerId, storyIds],
    );
    return rows.flatMap((row) => [row.original_key, row.display_key, row.thumbnail_key]).filter((key): key is string => !!key);
  }

  /** How many photos a story has now (inside the caller's transaction). */
  countOfStory(manager: EntityManager, storyId: string): Promise<number> {
    return manager.getRepository(PhotoEntity).countBy({ storyId });
  }

  /** Queues processing for claimed photos: call after the claiming transaction commits. */
  async enqueueProcessing(photoIds: string[]): Promise<void> {
    for (const photoId of photoIds) {
      const id = photoId.toLowerCase();
      await this.jobs.enqueue<ProcessPhotoJob>(PROCESS_PHOTO_JOB, { photoId: id }, { jobId: `photo:${id}`, attempts: PROCESS_PHOTO_ATTEMPTS });
    }
  }

  /**
   * Deletes uploads older than 24 hours that belong to no story and are no campaign's cover or user's avatar,
   * rows and stored files. A photo verified (claimed) in the last 24 hours is kept even when its
   * story or campaign is not visible yet. Returns how many were deleted.
   */
  async deleteUnattachedUploads(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - UNATTACHED_UPLOAD_LIFETIME_MS);
    const unattached = `story_id IS NULL AND created_at < :cutoff AND (uploaded_at IS NULL OR uploaded_at < :cutoff)
      AND NOT EXISTS (SELECT 1 FROM campaigns c WHERE c.cover_photo_id = photos.id)
      AND NOT EXISTS (SELECT 1 FROM users u WHERE u.avatar_photo_id = photos.id)`;
    let deleted = 0;
    for (;;) {
      // The conditions again on the DELETE itself: PostgreSQL rechecks them on a row that a
      // concurrent claim has just changed, so a photo claimed meanwhile is kept.
      const result = await this.photos
        .createQueryBuilder()
        .delete()
        .from(PhotoEntity)
        .where(`id IN (SELECT id FROM photos WHERE ${unattached} ORDER BY created_at LIMIT ${CLEANUP_BATCH})`)
        .andWhere(unattached)
        .setParameters({ cutoff })
        .returning(['originalKey', 'displayKey', 'thumbnailKey'])
        .execute();
      const rows = result.raw as { original_key: string | null; display_key: string | null; thumbnail_key: string | null }[];
      await this.deleteMedia(rows.flatMap((row) => [row.original_key, row.display_key, row.thumbnail_key]));
      deleted += rows.length;
      if (rows.length < CLEANUP_BATCH) return deleted;
    }
  }

  /**
   * Takes a story's photos out of public view, or puts them back, inside the caller's
   * transaction: the flag first (processing that finishes later writes to the right place), then
   * each READY photo's files move between the public and the withheld prefix. Idempotent: a
   * second run, or a run after a crash between moving and recording, finds the files where
   * they should be.
   */
  async setStoryMediaPublic(manager: EntityManager, storyId: string, isPublic: boolean): Promise<void> {
    const repository = manager.getRepository(PhotoEntity);
    await repository.update({ storyId }, { withheld: !isPublic });
    const target = isPublic ? publicKey : withheldKey;
    for (const photo of await repository.findBy({ storyId, status: PhotoStatus.READY })) {
      const keys = { displayKey: photo.displayKey, thumbnailKey: photo.thumbnailKey };
      const moved: Partial<PhotoEntity> = {};
      for (const [field, key] of Object.entries(keys) as [keyof typeof keys, string | null][]) {
        if (!key || target(key) === key) continue;
        await this.moveIfPresent(key, target(key));
        moved[field] = target(key);
      }
      if (Object.keys(moved).length) await repository.update({ id: photo.id }, moved);
    }
  }

  /** Deletes stored files now, or retries in the background when the store does not answer. */
  async deleteMedia(keys: (string | null)[]): Promise<void> {
    const present = keys.filter((key): key is string => !!key);
    if (!present.length) return;
    try {
      await this.storage.delete(present);
    } catch (error) {
      this.logger.warn(`deleting ${present.length} file(s) failed, retrying in the background: ${error instanceof Error ? error.message : error}`);
      await this.jobs.enqueue<DeleteMediaJob>(DELETE_MEDIA_JOB, { keys: present }, { attempts: 5 });
    }
  }

  private async moveIfPresent(from: string, to: string): Promise<void> {
    try {
      await this.storage.move(from, to);
    } catch (error) {
      // Moved already by an earlier run that did not get to record it (or gone): nothing to move.
      if (!(error instanceof MediaObjectMissingError)) throw error;
    }
  }

  private async claim(
    manager: EntityManager,
    ownerId: string,
    photoIds: string[],
    label: (index: number) => string,
    attach: (photo: PhotoEntity, index: number) => void,
  ): Promise<void> {
    const ids = photoIds.map((id) => id.toLowerCase());
    const firstDuplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (firstDuplicate >= 0) throw new PhotoRejectedError(`${label(firstDuplicate)} is listed twice.`, ids[firstDuplicate]);
    if (!ids.length) return;

    const rows = await manager.getRepository(PhotoEntity).find({
      where: { id: In(ids.filter(isId)) },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const photos = ids.map((id, index) => {
      const photo = byId.get(id);
      // Someone else's photo is answered exactly like a missing one.
      if (!photo || photo.ownerId !== ownerId) throw new PhotoRejectedError(`${label(index)} was not found among your uploads.`, id);
      if (photo.status !== PhotoStatus.AWAITING_UPLOAD) {
        throw new PhotoRejectedError(`${label(index)} (${quoted(photo)}) is already used elsewhere; upload it again.`, id);
      }
      return photo;
    });

    const checks = await Promise.all(photos.map((photo) => this.inspectUpload(photo)));
    checks.forEach((check, index) => {
      if (typeof check === 'string') throw new PhotoRejectedError(`${label(index)} (${quoted(photos[index])}) ${check}.`, photos[index].id);
    });

    const verifiedAt = new Date();
    photos.forEach((photo, index) => {
      attach(photo, index);
      photo.contentType = (checks[index] as { contentType: AcceptedContentType }).contentType;
      photo.status = PhotoStatus.PROCESSING;
      photo.uploadedAt = verifiedAt;
    });
    // One at a time: saving the array makes TypeORM send its UPDATEs in parallel on the
    // transaction's single connection, which pg deprecates (and PGlite serialises anyway).
    for (const photo of photos) await manager.getRepository(PhotoEntity).save(photo);
  }

  /** What the uploaded bytes really are, or what is wrong with them (a phrase for the message). */
  private async inspectUpload(photo: PhotoEntity): Promise<{ contentType: AcceptedContentType } | string> {
    const key = photo.originalKey;
    const object = key ? await this.storage.stat(key) : null;
    if (!key || !object) return 'has not been uploaded yet';
    if (object.size !== photo.declaredByteSize) {
      return `was not uploaded as declared (${object.size} bytes arrived, ${photo.declaredByteSize} were declared)`;
    }
    const head = await this.storage.readHead(key, HEAD_BYTES);
    const contentType = sniffContentType(head);
    if (!contentType) return 'is not a JPEG, PNG or WebP image';
    const dimensions =
      (await headerDimensions(head, contentType)) ??
      (object.size > head.length ? await headerDimensions(await this.storage.read(key), contentType) : null);
    if (!dimensions) return 'is not a readable image';
    if (dimensions.width * dimensions.height > MAX_PIXELS) {
      return `is ${megapixels(dimensions).toFixed(1)} megapixels (${dimensions.width}×${dimensions.height}); the limit is ${MAX_PIXELS / 1e6}`;
    }
    return { contentType };
  }
}

function quoted(photo: PhotoEntity): string {
  return `"${photo.originalFilename}"`;
}
