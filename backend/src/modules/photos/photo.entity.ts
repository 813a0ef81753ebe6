import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { StoryEntity } from '../stories/story.entity';
import { PhotoStatus } from './photo-status.enum';

@Entity('photos')
@Index('photos_owner_idx', ['ownerId', 'createdAt'])
@Index('photos_cleanup_idx', ['status', 'createdAt'], { where: 'story_id IS NULL' })
@Index('photos_story_idx', ['storyId', 'position'])
export class PhotoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<UserEntity>;

  @Column('uuid', { nullable: true })
  storyId: string | null;

  @ManyToOne(() => StoryEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  @Column('smallint', { nullable: true })
  position: number | null;

  @Column('varchar', { length: 20, default: PhotoStatus.AWAITING_UPLOAD })
  status: PhotoStatus;

  /** What the client said it would send; the upload URL is signed for exactly this. */
  @Column('varchar', { length: 32 })
  declaredContentType: string;

  @Column('integer')
  declaredByteSize: number;

  @Column('text')
  originalFilename: string;

  /** What the bytes really are, once checked. */
  @Column('varchar', { length: 32, nullable: true })
  contentType: string | null;

  @Column('integer', { nullable: true })
  width: number | null;

  @Column('integer', { nullable: true })
  height: number | null;

  /** The uploaded bytes, metadata and all: deleted once the clean derivatives exist. */
  @Column('text', { nullable: true })
  originalKey: string | null;

  @Column('text', { nullable: true })
  displayKey: string | null;

  @Column('text', { nullable: true })
  thumbnailKey: string | null;

  @Column('text', { nullable: true })
  failureReason: string | null;

  /**
   * Out of public view because its story was removed, rejected or deleted: the derivatives live
   * under the withheld prefix, served only by short-lived signed URLs. Set before moving files,
   * so processing that finishes meanwhile writes to the right place.
   */
  @Column('boolean', { default: false })
  withheld: boolean;

  @Column('timestamptz', { nullable: true })
  uploadedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  processedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
