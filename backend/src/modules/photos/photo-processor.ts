import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { In, IsNull, Not, Repository } from 'typeorm';
import { JobQueue, Scheduler } from '../../core/jobs/job-queue';
import { StoryUpdatedEvent, Topics } from '../../core/pubsub/topics';
import { MediaObjectMissingError, MediaStorage } from '../../core/storage/media-storage';
import { renderDerivatives, UnusableImageError } from './photo-images';
import { derivativeKeys } from './photo-keys';
import { PhotoStatus } from './photo-status.enum';
import { PhotoEntity } from './photo.entity';
import {
  DELETE_MEDIA_JOB, DeleteMediaJob, PhotosService, PROCESS_PHOTO_ATTEMPTS, PROCESS_PHOTO_JOB, ProcessPhotoJob,
} from './photos.service';

const CLEANUP_INTERVAL_MS = 3600 * 1000;

/**
 * The background side of photos. `photo.process` turns a claimed upload into its clean display
 * and thumbnail files, then deletes the original (the only copy with the camera's metadata):
 * READY, or FAILED once retrying cannot help, and the story's viewers hear of it. Running it
 * twice is harmless. On start, work a crash interrupted is queued again; every hour, uploads
 * nobody used are deleted.
 */
@Injectable()
export class PhotoProcessor implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(PhotoProcessor.name);
  /** Failed attempts per photo in this process, so the last one marks the photo FAILED. */
  private readonly failedAttempts = new Map<string, number>();

  constructor(
    @InjectRepository(PhotoEntity) private readonly photos: Repository<PhotoEntity>,
    private readonly storage: MediaStorage,
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly pubsub: PubSubEngine,
    private readonly photosService: PhotosService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<ProcessPhotoJob>(PROCESS_PHOTO_JOB, (job) => this.process(job.photoId), { concurrency: 2 });
    this.jobs.handle<DeleteMediaJob>(DELETE_MEDIA_JOB, (job) => this.storage.delete(job.keys));
    this.scheduler.every('photos.delete-unattached', CLEANUP_INTERVAL_MS, async () => {
      const deleted = await this.photosService.deleteUnattachedUploads();
      if (deleted) this.logger.log(`deleted ${deleted} unattached upload(s)`);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    const interrupted = await this.photos.find({
      select: { id: true },
      where: [
        { status: PhotoStatus.PROCESSING },
        { status: In([PhotoStatus.READY, PhotoStatus.FAILED]), originalKey: Not(IsNull()) },
      ],
    });
    if (interrupted.length) this.logger.log(`resuming processing of ${interrupted.length} photo(s)`);
    await this.photosService.enqueueProcessing(interrupted.map((photo) => photo.id));
  }

  async process(photoId: string): Promise<void> {
    const photo = await this.photos.findOneBy({ id: photoId });
    if (!photo) return;
    if (photo.status === PhotoStatus.PROCESSING) await this.finish(photo);
    if ((photo.status === PhotoStatus.READY || photo.status === PhotoStatus.FAILED) && photo.originalKey) {
      await this.storage.delete([photo.originalKey]);
      await this.photos.update({ id: photo.id }, { originalKey: null });
    }
  }

  /** Makes the derivatives and marks the photo READY, or FAILED when it cannot be done. Updates `photo`. */
  private async finish(photo: PhotoEntity): Promise<void> {
    let changes: Partial<PhotoEntity>;
    let written: string[] = [];
    try {
      const { display, thumbnail } = await renderDerivatives(await this.readOriginal(photo));
      const keys = derivativeKeys(photo.id, photo.originalKey!, photo.withheld);
      await this.storage.write(keys.display, display.data, 'image/jpeg');
      await this.storage.write(keys.thumbnail, thumbnail.data, 'image/jpeg');
      written = [keys.display, keys.thumbnail];
      changes = {
        status: PhotoStatus.READY,
        displayKey: keys.display,
        thumbnailKey: keys.thumbnail,
        width: display.width,
        height: display.height,
        failureReason: null,
        processedAt: new Date(),
      };
      this.failedAttempts.delete(photo.id);
    } catch (error) {
      const attempt = (this.failedAttempts.get(photo.id) ?? 0) + 1;
      const permanent = error instanceof UnusableImageError;
      if (!permanent && attempt < PROCESS_PHOTO_ATTEMPTS) {
        this.failedAttempts.set(photo.id, attempt);
        throw error;
      }
      this.failedAttempts.delete(photo.id);
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`photo ${photo.id} failed: ${reason}`);
      changes = { status: PhotoStatus.FAILED, failureReason: reason.slice(0, 1000), processedAt: new Date() };
    }

    // Only while still PROCESSING (the photo may have been deleted meanwhile) and still withheld
    // or not as when the files were written (its story may have been removed meanwhile).
    const { affected } = await this.photos.update({ id: photo.id, status: PhotoStatus.PROCESSING, withheld: photo.withheld }, changes);
    if (!affected) {
      await this.storage.delete(written);
      const now = await this.photos.findOneBy({ id: photo.id });
      if (now?.status === PhotoStatus.PROCESSING) {
        Object.assign(photo, now);
        return this.finish(photo);
      }
      return;
    }
    Object.assign(photo, changes);
    if (photo.storyId) {
      const event: StoryUpdatedEvent = { storyId: photo.storyId };
      await this.pubsub.publish(Topics.storyUpdated(photo.storyId), event).catch((error: unknown) =>
        this.logger.warn(`could not publish story update: ${error instanceof Error ? error.message : error}`));
    }
  }

  private async readOriginal(photo: PhotoEntity): Promise<Buffer> {
    if (!photo.originalKey) throw new UnusableImageError('The upload is missing.');
    try {
      return await this.storage.read(photo.originalKey);
    } catch (error) {
      throw error instanceof MediaObjectMissingError ? new UnusableImageError('The upload is missing.') : error;
    }
  }
}
