import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The order of a TOP or HOT feed as it stood when someone opened it. Later pages read positions
 * from here, so scores moving underneath a reader never show a story twice or skip one. Readers
 * who open the same feed within a few seconds share one snapshot; old ones are swept.
 */
@Entity('feed_snapshots')
@Index('feed_snapshots_lookup_idx', ['campaignId', 'sort', 'createdAt'])
export class FeedSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @Column('varchar', { length: 16 })
  sort: string;

  @Column('uuid', { array: true })
  storyIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
