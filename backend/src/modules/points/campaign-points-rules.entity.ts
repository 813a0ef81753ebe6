import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';

/** What a campaign's members earn (setPointsRules). No row: the campaign gives no points. */
@Entity('campaign_points_rules')
export class CampaignPointsRulesEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  @OneToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('integer')
  storyApproved: number;

  @Column('integer')
  storyFeatured: number;

  @Column('integer')
  prizeWon: number;

  @Column('integer')
  likeReceived: number;

  @Column('integer')
  likeReceivedDailyCap: number;

  @Column('uuid')
  updatedById: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
