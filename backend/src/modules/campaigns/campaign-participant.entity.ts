import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many public (APPROVED, not deleted) stories an author has in a campaign. Kept per write by
 * CampaignCounters so that the campaign's participant count (distinct authors) moves by exactly 0 or
 * 1 without counting the campaign's stories: an author joins when their row goes 0 → 1 and
 * leaves when it goes 1 → 0. Rows at 0 stay (a later story upserts them back to 1).
 */
@Entity('campaign_participants')
export class CampaignParticipantEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  @PrimaryColumn('uuid')
  authorId: string;

  @Column('integer', { default: 0 })
  stories: number;
}
