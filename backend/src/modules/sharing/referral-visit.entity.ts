import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';

/**
 * A visit that came through a shared link (?ref=), once per visitor, campaign and day. The
 * visitor is a pseudonym (keyed digest of address, browser and day), not a cookie: nothing is
 * kept that names the person, and the same visitor cannot be followed from one day to the next.
 */
@Entity('referral_visits')
@Index('referral_visits_once_per_day', ['campaignId', 'day', 'visitorKey'], { unique: true })
@Index('referral_visits_visitor_idx', ['visitorKey'])
@Index('referral_visits_sharer_idx', ['campaignId', 'sharerId'])
export class ReferralVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  /** Who shared the link (the first sharer of the day wins the visit). */
  @Column('uuid')
  sharerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sharer_id' })
  sharer?: Relation<UserEntity>;

  /** UTC calendar day, YYYY-MM-DD. */
  @Column('date')
  day: string;

  @Column('varchar', { length: 64 })
  visitorKey: string;

  /** The account the visitor created afterwards, if any. */
  @Column('uuid', { nullable: true })
  signupUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'signup_user_id' })
  signupUser?: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
