import { Field, InputType, Int } from '@nestjs/graphql';

/** Each an integer from 0 to 10000 (PointsService.setRules says so with BAD_USER_INPUT). */
@InputType()
export class PointsRulesInput {
  @Field(() => Int, { description: 'Points when a story is approved (or published without review).' })
  storyApproved: number;

  @Field(() => Int, { description: 'Points when a story is featured (once per story).' })
  storyFeatured: number;

  @Field(() => Int, { description: 'Points per prize won, when the results are published.' })
  prizeWon: number;

  @Field(() => Int, { description: 'Points per like received.' })
  likeReceived: number;

  @Field(() => Int, { description: "At most this many like points per author per campaign-local day (the campaign's time zone)." })
  likeReceivedDailyCap: number;
}
