import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What a stored (frozen) or computed board holds per story: ids and numbers only. */
export interface StoryBoardEntry {
  rank: number;
  storyId: string;
  likeCount: number;
}

export interface ContributorBoardEntry {
  rank: number;
  userId: string;
  likesReceived: number;
  storyCount: number;
}

@ObjectType('LeaderboardStoryEntry')
export class LeaderboardStoryEntry {
  @Field(() => Int)
  rank: number;

  /** Not a field: `story` is resolved from it. */
  storyId: string;

  @Field(() => Int, { description: 'Likes given in the period.' })
  likeCount: number;

  static from(entry: StoryBoardEntry): LeaderboardStoryEntry {
    return Object.assign(new LeaderboardStoryEntry(), { rank: entry.rank, storyId: entry.storyId, likeCount: entry.likeCount });
  }
}

@ObjectType('LeaderboardContributorEntry')
export class LeaderboardContributorEntry {
  @Field(() => Int)
  rank: number;

  /** Not a field: `user` is resolved from it. */
  userId: string;

  @Field(() => Int, { description: 'Likes their APPROVED stories in the campaign were given in the period.' })
  likesReceived: number;

  @Field(() => Int, { description: 'Their APPROVED stories in the campaign.' })
  storyCount: number;

  static from(entry: ContributorBoardEntry): LeaderboardContributorEntry {
    return Object.assign(new LeaderboardContributorEntry(), {
      rank: entry.rank,
      userId: entry.userId,
      likesReceived: entry.likesReceived,
      storyCount: entry.storyCount,
    });
  }
}
