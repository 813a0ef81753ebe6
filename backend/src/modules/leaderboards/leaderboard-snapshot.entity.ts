import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The final leaderboard of an ENDED campaign, stored once so later changes cannot move it. */
@Entity('leaderboard_snapshots')
export class LeaderboardSnapshotEntity {
  @PrimaryColumn('uuid')
  campaignId: string;

  /** STORY or CONTRIBUTOR */
  @PrimaryColumn('varchar', { length: 16 })
  kind: string;

  @PrimaryColumn('varchar', { length: 16 })
  period: string;

  @Column('jsonb')
  entries: unknown[];

  @CreateDateColumn({ type: 'timestamptz' })
  frozenAt: Date;
}
