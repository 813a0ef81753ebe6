import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('StoryCounts', { description: "A story's exact counts as they stood when the update was sent." })
export class StoryCounts {
  @Field(() => ID)
  storyId: string;

  @Field(() => Int)
  likeCount: number;

  @Field(() => Int)
  commentCount: number;
}

@ObjectType('CampaignUpdate')
export class CampaignUpdate {
  @Field(() => ID)
  campaignId: string;

  @Field(() => [StoryCounts], { description: 'The stories whose counts changed since the last update (that the subscriber may see).' })
  stories: StoryCounts[];
}
