import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit log: who did what, to what, why and when. Append-only: a trigger (see the first
 * migration) refuses UPDATE and DELETE. Target ids are plain columns, not foreign keys, so the
 * record outlives what it points at.
 */
@Entity('moderation_actions')
@Index('moderation_actions_time_idx', ['createdAt', 'id'])
@Index('moderation_actions_story_idx', ['storyId'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 32 })
  action: string;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid')
  moderatorId: string;

  @Column('uuid', { nullable: true })
  storyId: string | null;

  @Column('uuid', { nullable: true })
  commentId: string | null;

  @Column('uuid', { nullable: true })
  targetUserId: string | null;

  @Column('uuid', { nullable: true })
  campaignId: string | null;

  @Column('uuid', { nullable: true })
  reportId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
