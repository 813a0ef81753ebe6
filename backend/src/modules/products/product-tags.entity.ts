import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A campaign's product list: what brand staff pick from when they tag stories. */
@Entity('campaign_products')
export class CampaignProductEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  @PrimaryColumn('varchar', { length: 64 })
  sku: string;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 500, nullable: true })
  url: string | null;

  @Column('int')
  position: number;
}

/**
 * A product shown in an APPROVED story, by SKU: from the campaign's list (name and URL copied as
 * they were when tagged) or a free SKU with its own name. The gallery reads stories by it.
 */
@Entity('story_products')
export class StoryProductEntity {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('varchar', { length: 64 })
  sku: string;

  /** Copied from the story, so the gallery finds a campaign's tagged stories by one index. */
  @Column('uuid')
  campaignId: string;

  @Column('varchar', { length: 120, nullable: true })
  name: string | null;

  @Column('varchar', { length: 500, nullable: true })
  url: string | null;

  @Column('int')
  position: number;

  @Column('timestamptz', { default: () => 'now()' })
  taggedAt: Date;
}
