import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../core/jobs/job-queue';
import { PhotosService } from '../photos/photos.service';
import { mayServeMediaOf } from './story-visibility';
import { StoryEntity } from './story.entity';

export const STORY_MEDIA_JOB = 'story.media-visibility';
interface StoryMediaJob {
  storyId: string;
}

/**
 * Keeps a story's photos served exactly while the story may be seen publicly: a REMOVED,
 * REJECTED or deleted story's photos move out of public reach (PhotosService.setStoryMediaPublic),
 * a restored story's move back. Queued after every status change and retried until done; each
 * run reads the story's status as it is then, under a per-story lock, so a quick remove-and-
 * restore ends where the story ended, whichever job runs last.
 */
@Injectable()
export class StoryMedia implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly photos: PhotosService,
  ) {}

  onModuleInit(): void {
    this.jobs.handle<StoryMediaJob>(STORY_MEDIA_JOB, (job) => this.sync(job.storyId), { concurrency: 1 });
  }

  async enqueue(storyId: string): Promise<void> {
    await this.jobs.enqueue<StoryMediaJob>(STORY_MEDIA_JOB, { storyId }, { attempts: 10 });
  }

  async sync(storyId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`story-media:${storyId}`]);
      const story = await manager.findOne(StoryEntity, { where: { id: storyId }, withDeleted: true });
      if (!story) return;
      await this.photos.setStoryMediaPublic(manager, storyId, mayServeMediaOf(story));
    });
  }
}
