import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/connection';
import type { PointsEntryEntity } from '../points-entry.entity';

@ObjectType('PointsEntry')
export class PointsEntry {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Positive or negative (a reversal).' })
  amount: number;

  @Field({
    description: 'STORY_APPROVED, STORY_FEATURED, PRIZE_WON, LIKES_RECEIVED, or one of them with _REVERSED (taken back: removed, unliked, voided).',
  })
  reason: string;

  @Field(() => Int, { description: 'The balance right after this entry.' })
  balanceAfter: number;

  @Field(() => String, { nullable: true, description: "Likes only: the campaign-local day (YYYY-MM-DD) whose likes these are." })
  day: string | null;

  @Field()
  createdAt: Date;

  /** Not fields: story and campaign are resolved from them. */
  storyId: string | null;
  campaignId: string;

  static from(entity: PointsEntryEntity): PointsEntry {
    return Object.assign(new PointsEntry(), {
      id: entity.id,
      amount: entity.amount,
      reason: entity.reason,
      balanceAfter: entity.balanceAfter,
      day: entity.day ?? null,
      createdAt: entity.createdAt,
      storyId: entity.storyId,
      campaignId: entity.campaignId,
    });
  }
}

@ObjectType('PointsEntryConnection')
export class PointsEntryConnection {
  @Field(() => [PointsEntry])
  nodes: PointsEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'The whole balance (all campaigns), whichever page this is.' })
  balance: number;
}
