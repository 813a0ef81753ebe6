import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { WinnerMethod } from './finale.enums';

/**
 * A prize of a campaign. For DRAW prizes the seed is drawn when the prize is made and kept secret
 * (only its sha256 commitment is public) until the draw reveals it with the entrants' hash.
 */
@Entity('prizes')
@Index('prizes_campaign_idx', ['campaignId', 'createdAt'])
@Check('prizes_quantity_check', 'quantity >= 1')
export class PrizeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('integer')
  quantity: number;

  @Column('varchar', { length: 8 })
  method: WinnerMethod;

  /** Secret until the draw (DRAW only). */
  @Column('varchar', { length: 64, nullable: true })
  seed: string | null;

  @Column('varchar', { length: 64, nullable: true })
  commitment: string | null;

  @Column('varchar', { length: 64, nullable: true })
  entrantsHash: string | null;

  /** The sorted entrant ids of the last draw, one per line: what anyone needs to recompute it. */
  @Column('text', { nullable: true })
  entrants: string | null;

  /** Set by drawWinners: the seed is public from then on (a redraw uses the same seed and the entrants of its time). */
  @Column('timestamptz', { nullable: true })
  drawnAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
