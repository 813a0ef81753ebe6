import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CommentEntity } from '../engagement/comment.entity';
import { StoryEntity } from '../stories/story.entity';

@Entity('reports')
@Index('reports_one_open_per_story_idx', ['reporterId', 'storyId'], { unique: true, where: `status = 'OPEN' AND story_id IS NOT NULL` })
@Index('reports_one_open_per_comment_idx', ['reporterId', 'commentId'], { unique: true, where: `status = 'OPEN' AND comment_id IS NOT NULL` })
@Index('reports_queue_idx', ['status', 'createdAt', 'id'])
@Index('reports_story_idx', ['storyId', 'status'])
// A reporter's track record (report-weight.ts).
@Index('reports_reporter_idx', ['reporterId', 'status'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<UserEntity>;

  @Column('uuid', { nullable: true })
  storyId: string | null;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  @Column('uuid', { nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'comment_id' })
  comment?: Relation<CommentEntity>;

  @Column('varchar', { length: 32 })
  reason: string;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('varchar', { length: 16, default: 'OPEN' })
  status: string;

  @Column('uuid', { nullable: true })
  resolvedById: string | null;

  @Column('text', { nullable: true })
  resolutionNote: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
