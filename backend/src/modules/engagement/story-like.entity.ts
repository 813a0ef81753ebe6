import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { StoryEntity } from '../stories/story.entity';

/**
 * One row per (story, person): the primary key makes liking idempotent. campaign_id is copied in
 * so that period leaderboards and daily stats are one range scan per campaign.
 */
@Entity('story_likes')
@Index('story_likes_campaign_time_idx', ['campaignId', 'createdAt', 'storyId'])
@Index('story_likes_user_idx', ['userId', 'createdAt'])
@Index('story_likes_client_idx', ['campaignId', 'clientKey'], { where: '"client_key" IS NOT NULL' })
export class StoryLikeEntity {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column('uuid')
  campaignId: string;

  /** In the story's counters: false once a moderator voided the liker (see story-stat-shards.ts). */
  @Column('boolean', { default: true })
  counted: boolean;

  /** A keyed pseudonym of the client address the like came from (LikesService.like); null for likes made before it was kept. */
  @Column('varchar', { length: 22, nullable: true })
  clientKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
