import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';

/** The results of one campaign: a draft once drawn, final forever once finalizedAt is set. */
@Entity('campaign_results')
export class CampaignResultEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  @OneToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('timestamptz')
  drawnAt: Date;

  @Column('timestamptz', { nullable: true })
  finalizedAt: Date | null;

  /** Frozen with the results: later voids no longer change what was published. */
  @Column('integer', { default: 0 })
  voidedLikeCount: number;
}
