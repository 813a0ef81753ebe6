import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { StoryEntity } from './story.entity';

/** The consent record: each grant and withdrawal, never rewritten. */
@Entity('usage_rights_events')
@Index('usage_rights_events_story_idx', ['storyId', 'createdAt'])
export class UsageRightsEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  storyId: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  /** Some reuse allowed after this change (any scope beyond COMMUNITY). */
  @Column('boolean')
  granted: boolean;

  /** Every scope granted after this change. */
  @Column('text', { array: true })
  scopes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
