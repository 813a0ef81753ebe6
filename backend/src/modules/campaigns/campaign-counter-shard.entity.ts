import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/**
 * A campaign's public story and participant counts spread over a few rows (CampaignCounters):
 * a flood of submissions on launch day each adds to a random shard instead of queueing on the
 * campaign's row; the counts are the sums of the shards.
 */
@Entity('campaign_counter_shards')
export class CampaignCounterShardEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @PrimaryColumn('smallint')
  shard: number;

  @Column('integer', { default: 0 })
  stories: number;

  @Column('integer', { default: 0 })
  participants: number;
}
