import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Campaign } from '../../campaigns/models/campaign.model';

@ObjectType('DailyStat')
export class DailyStat {
  @Field({ description: 'Calendar day, YYYY-MM-DD, in UTC.' })
  date: string;

  @Field(() => Int, { description: 'Stories submitted that day (still existing).' })
  stories: number;

  @Field(() => Int, { description: 'Likes given that day to APPROVED stories.' })
  likes: number;

  @Field(() => Int, { description: 'Visible comments written that day on APPROVED stories.' })
  comments: number;
}

@ObjectType('CampaignFunnel', { description: 'From taking part to a story the brand can reuse.' })
export class CampaignFunnel {
  @Field(() => Int, { description: 'People who submitted at least one story.' })
  participants: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int, { description: 'APPROVED stories whose usage rights are granted now.' })
  usageRightsGranted: number;

  @Field(() => Int, { description: 'APPROVED stories featured now.' })
  featured: number;
}

@ObjectType('HashtagCount')
export class HashtagCount {
  @Field({ description: 'Without the #, lower-cased.' })
  tag: string;

  @Field(() => Int, { description: 'APPROVED stories using it.' })
  stories: number;
}

@ObjectType('CampaignStats')
export class CampaignStats {
  @Field(() => Campaign)
  campaign: Campaign;

  @Field(() => Int, { description: 'Every submitted story that still exists, whatever its status.' })
  storyCount: number;

  @Field(() => Int)
  approvedStoryCount: number;

  @Field(() => Int)
  pendingStoryCount: number;

  @Field(() => Int, { description: 'Distinct authors who submitted.' })
  participantCount: number;

  @Field(() => Int, { description: 'Likes on APPROVED stories: the sum of what the feeds show.' })
  likeCount: number;

  @Field(() => Int, { description: 'Visible comments on APPROVED stories.' })
  commentCount: number;

  @Field(() => Int, { description: 'APPROVED stories whose rights are currently granted: the reusable ones.' })
  usageRightsGrantedCount: number;

  @Field(() => Float, { description: '(likes + comments) / approved stories; 0 without approved stories.' })
  engagementPerApprovedStory: number;

  @Field(() => CampaignFunnel)
  funnel: CampaignFunnel;

  @Field(() => [HashtagCount], { description: 'The ten hashtags most used in APPROVED stories.' })
  topHashtags: HashtagCount[];

  @Field(() => [DailyStat])
  daily: DailyStat[];
}
