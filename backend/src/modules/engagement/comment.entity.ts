import {
  Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { StoryEntity } from '../stories/story.entity';

/**
 * Reading order is (thread start, thread, time): a top-level comment is its own thread and its
 * replies follow it. Both thread columns are copied onto replies so the order is one index scan.
 */
@Entity('comments')
@Index('comments_reading_order_idx', ['storyId', 'threadCreatedAt', 'threadId', 'createdAt', 'id'])
@Index('comments_campaign_time_idx', ['campaignId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  storyId: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  @Column('uuid')
  campaignId: string;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<CommentEntity>;

  @Column('uuid')
  threadId: string;

  @Column('timestamptz')
  threadCreatedAt: Date;

  @Column('text')
  body: string;

  @Column('timestamptz', { nullable: true })
  hiddenAt: Date | null;

  @Column('text', { nullable: true })
  hiddenReason: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
