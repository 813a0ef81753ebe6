import { DataSource } from 'typeorm';
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
  return dataSource.getRepository(StoryEntity).save({
    title: `Story ${n}`,
    body: `A warm little story number ${n} #我的生活小物`,
    status,
    publishedAt: status === StoryStatus.APPROVED ? new Date() : null,
    usageRightsGranted: false,
    ...overrides,
  });
}
