import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PointsRules as Rules } from '../points-rules';

@ObjectType('PointsRules')
export class PointsRules {
  @Field(() => Int)
  storyApproved: number;

  @Field(() => Int)
  storyFeatured: number;

  @Field(() => Int)
  prizeWon: number;

  @Field(() => Int)
  likeReceived: number;

  @Field(() => Int)
  likeReceivedDailyCap: number;

  static from(rules: Rules): PointsRules {
    const { storyApproved, storyFeatured, prizeWon, likeReceived, likeReceivedDailyCap } = rules;
    return Object.assign(new PointsRules(), { storyApproved, storyFeatured, prizeWon, likeReceived, likeReceivedDailyCap });
  }
}
