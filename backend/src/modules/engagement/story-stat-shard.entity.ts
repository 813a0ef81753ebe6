import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A story's like and comment counts spread over a few rows. Each like adds to a random shard,
 * so a burst on a viral story waits on many short row locks instead of queueing behind one; the
 * exact count is the sum of the shards. Rows exist only for stories that were ever liked or
 * commented on.
 */
@Entity('story_stat_shards')
@Index('story_stat_shards_updated_idx', ['updatedAt'])
export class StoryStatShardEntity {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('smallint')
  shard: number;

  @Column('integer', { default: 0 })
  likes: number;

  @Column('integer', { default: 0 })
  comments: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
