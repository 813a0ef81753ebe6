import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CampaignEntity } from '../campaign.entity';

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

registerEnumType(CampaignStatus, { name: 'CampaignStatus' });

/** Derived from the dates at the moment of asking, so it is never stale. */
export function campaignStatus(campaign: Pick<CampaignEntity, 'published' | 'startsAt' | 'endsAt'>, now = new Date()): CampaignStatus {
  if (!campaign.published) return CampaignStatus.DRAFT;
  if (now < campaign.startsAt) return CampaignStatus.SCHEDULED;
  if (now < campaign.endsAt) return CampaignStatus.ACTIVE;
  return CampaignStatus.ENDED;
}

@ObjectType('Campaign')
export class Campaign {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  hashtag: string | null;

  @Field(() => String, { nullable: true })
  rules: string | null;

  @Field(() => String, { nullable: true, description: 'What authors agree to when they grant usage rights (null: the plain default the web app shows).' })
  licenceText: string | null;

  /** Not a field: coverImageUrl is resolved from it. */
  coverPhotoId: string | null;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => CampaignStatus)
  status: CampaignStatus;

  @Field()
  requiresModeration: boolean;

  @Field(() => Int)
  maxPhotosPerStory: number;

  @Field({ description: 'IANA time zone the brand plans in, e.g. Asia/Shanghai (local times in exports).' })
  timeZone: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'The instant the leaderboards were counted as of (the end): likes after it do not change them. Null while they are live.',
  })
  leaderboardFrozenAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Accounts created after this moment cannot like stories of the campaign (null: no rule).' })
  likeEligibilityCutoff: Date | null;

  /** `now` lets a whole list derive its statuses from the same instant its filter used. */
  static from(entity: CampaignEntity, now = new Date()): Campaign {
    return Object.assign(new Campaign(), {
      id: entity.id,
      slug: entity.slug,
      title: entity.title,
      description: entity.description,
      hashtag: entity.hashtag,
      rules: entity.rules,
      licenceText: entity.licenceText ?? null,
      coverPhotoId: entity.coverPhotoId,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      status: campaignStatus(entity, now),
      requiresModeration: entity.requiresModeration,
      maxPhotosPerStory: entity.maxPhotosPerStory,
      timeZone: entity.timeZone,
      createdAt: entity.createdAt,
      likeEligibilityCutoff: entity.likeEligibilityCutoff ?? null,
      // Only a freeze as of the current end counts: an extended campaign's old freeze is void.
      leaderboardFrozenAt: entity.leaderboardFrozenAt?.getTime() === entity.endsAt.getTime() ? entity.leaderboardFrozenAt : null,
    });
  }
}
