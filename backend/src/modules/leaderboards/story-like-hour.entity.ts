import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A story's counted likes given in one hour (UTC), spread over a few shards: what the DAY and WEEK
 * boards are summed from (like-windows.ts). Written only by the trigger on story_likes (migration
 * LikeWindows), so every way a like comes or goes (liked, unliked, voided, deleted with its story
 * or liker) keeps it exact. No foreign key: a story deleted with its likes leaves hours summing to
 * zero, pruned with the rest once older than any window.
 */
@Entity('story_like_hours')
@Index('story_like_hours_hour_idx', ['hour'])
export class StoryLikeHourEntity {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('timestamptz')
  hour: Date;

  @PrimaryColumn('smallint')
  shard: number;

  @Column('integer')
  likes: number;
}
