import { DataSource } from 'typeorm';
import { CampaignCounters } from '../modules/campaigns/campaign-counters';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { StoryStatus } from '../modules/stories/story-status.enum';
import { StoryEntity } from '../modules/stories/story.entity';

/**
 * Small builders that write rows straight to the database, for tests that need a campaign or a
 * story to exist without going through every rule of creating one. Anything not given gets a
 * sensible default: an ACTIVE, published campaign; an APPROVED story published now.
 */
let sequence = 0;
const HOUR = 3600_000;

export async function buildCampaign(dataSource: DataSource, overrides: Partial<CampaignEntity> & { createdById: string }): Promise<CampaignEntity> {
  const n = ++sequence;
  return dataSource.getRepository(CampaignEntity).save({
    slug: `campaign-${n}-${Date.now().toString(36)}`,
    title: `我的生活小物 ${n}`,
    description: 'Share the small things of your daily life.',
    hashtag: '#我的生活小物',
    rules: 'One story per day, your own photos only.',
    startsAt: new Date(Date.now() - 24 * HOUR),
    endsAt: new Date(Date.now() + 7 * 24 * HOUR),
    published: true,
    requiresModeration: true,
    maxPhotosPerStory: 9,
    ...overrides,
  });
}

export async function buildStory(
  dataSource: DataSource,
  overrides: Partial<StoryEntity> & { campaignId: string; authorId: string },
): Promise<StoryEntity> {
  const n = ++sequence;
  const status = overrides.status ?? StoryStatus.APPROVED;
  // Counted into its campaign as the app counts a story that becomes public, so later moves agree.
  return dataSource.transaction(async (manager) => {
    const story = await manager.getRepository(StoryEntity).save({
      title: `Story ${n}`,
      body: `A warm little story number ${n} #我的生活小物`,
      status,
      publishedAt: status === StoryStatus.APPROVED ? new Date() : null,
      usageRightsGranted: false,
      ...overrides,
    });
    if (story.status === StoryStatus.APPROVED && !story.deletedAt) await new CampaignCounters().entered(manager, story);
    return story;
  });
}

/**
 * Likes written straight to the database, each with its counter shard bumped as the app does, so
 * counts and leaderboards agree. `createdAt` backdates them (for DAY / WEEK leaderboards).
 */
export async function buildLikes(
  dataSource: DataSource,
  story: Pick<StoryEntity, 'id' | 'campaignId'>,
  userIds: string[],
  options: { createdAt?: Date } = {},
): Promise<void> {
  for (const userId of userIds) {
    await dataSource.query(
      `WITH liked AS (
         INSERT INTO story_likes (story_id, user_id, campaign_id, created_at) VALUES ($1, $2, $3, coalesce($4, now()))
         ON CONFLICT DO NOTHING RETURNING story_id)
       INSERT INTO story_stat_shards (story_id, shard, likes, comments)
       SELECT story_id, 0, 1, 0 FROM liked
       ON CONFLICT (story_id, shard) DO UPDATE SET likes = story_stat_shards.likes + 1, updated_at = now()`,
      [story.id, userId, story.campaignId, options.createdAt ?? null],
    );
  }
}

/** Many customers in one statement (for concurrency tests); pair with TokenService.issue for tokens. */
export async function buildUsers(dataSource: DataSource, count: number, prefix = 'crowd'): Promise<{ id: string }[]> {
  const tag = `${prefix}-${++sequence}-${Date.now().toString(36)}`;
  return dataSource.query(
    `INSERT INTO users (email, display_name, password_hash)
     SELECT '${tag}-' || n || '@example.com', 'Crowd ' || n, 'not-a-real-hash' FROM generate_series(1, $1) AS n
     RETURNING id`,
    [count],
  );
}

/**
 * A finished (READY) photo on a story, as processing leaves it, without image files: enough for
 * what lists and links photos (galleries, exports), not for fetching the bytes.
 */
export async function buildReadyPhoto(
  dataSource: DataSource,
  story: Pick<StoryEntity, 'id' | 'authorId'>,
  options: { position?: number; width?: number; height?: number } = {},
): Promise<{ id: string; displayKey: string; thumbnailKey: string }> {
  const n = ++sequence;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO photos (owner_id, story_id, position, status, declared_content_type, declared_byte_size, original_filename, content_type, width, height)
     VALUES ($1, $2, $3, 'READY', 'image/jpeg', 1000, $4, 'image/jpeg', $5, $6) RETURNING id`,
    [story.authorId, story.id, options.position ?? 0, `photo-${n}.jpg`, options.width ?? 1600, options.height ?? 1200],
  );
  const keys = { displayKey: `photos/${row.id}/built${n}-display.jpg`, thumbnailKey: `photos/${row.id}/built${n}-thumb.jpg` };
  await dataSource.query(`UPDATE photos SET display_key = $2, thumbnail_key = $3 WHERE id = $1`, [row.id, keys.displayKey, keys.thumbnailKey]);
  return { id: row.id, ...keys };
}
