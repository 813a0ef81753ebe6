import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { PhotoEntity } from '../photos/photo.entity';

/** Most of the brands this is built for sell on Chinese platforms. */
export const DEFAULT_CAMPAIGN_TIME_ZONE = 'Asia/Shanghai';

@Entity('campaigns')
@Check('campaigns_dates_check', 'ends_at > starts_at')
@Index('campaigns_listing_idx', ['published', 'startsAt', 'id'])
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('campaigns_slug_key', { unique: true })
  @Column('varchar', { length: 64 })
  slug: string;

  @Column('text')
  title: string;

  @Column('text')
  description: string;

  @Column('text', { nullable: true })
  hashtag: string | null;

  @Column('text', { nullable: true })
  rules: string | null;

  /** What authors agree to when they grant usage rights (shown beside the scopes at submit). */
  @Column('text', { nullable: true })
  licenceText: string | null;

  @Column('uuid', { nullable: true })
  coverPhotoId: string | null;

  @ManyToOne(() => PhotoEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cover_photo_id' })
  coverPhoto?: Relation<PhotoEntity>;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  /** false keeps the campaign a DRAFT; the other statuses are derived from the dates. */
  @Column('boolean', { default: true })
  published: boolean;

  @Column('boolean', { default: true })
  requiresModeration: boolean;

  @Column('smallint', { default: 9 })
  maxPhotosPerStory: number;

  /** IANA zone the brand plans in: local times in exports and, later, results. */
  @Column('text', { default: DEFAULT_CAMPAIGN_TIME_ZONE })
  timeZone: string;

  /** Set once the final leaderboards of an ENDED campaign are stored. */
  @Column('timestamptz', { nullable: true })
  leaderboardFrozenAt: Date | null;

  /** Accounts created after this moment cannot like the campaign's stories (null: no rule); the finale counts only eligible likes. */
  @Column('timestamptz', { nullable: true })
  likeEligibilityCutoff: Date | null;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
