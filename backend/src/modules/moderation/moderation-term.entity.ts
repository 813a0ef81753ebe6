import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A word-list entry: BLOCK refuses the text outright, REVIEW sends it to the moderation queue
 * even in a campaign without moderation. campaign_id null means every campaign.
 */
@Entity('moderation_terms')
@Check('moderation_terms_action_check', `action IN ('BLOCK', 'REVIEW')`)
@Index('moderation_terms_campaign_idx', ['campaignId'])
export class ModerationTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  campaignId: string | null;

  @Column('text')
  term: string;

  /** The term as it is matched: NFKC, lower case, no spaces or punctuation. */
  @Column('text')
  normalizedTerm: string;

  @Column('varchar', { length: 8 })
  action: string;

  @Column('uuid')
  createdById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
