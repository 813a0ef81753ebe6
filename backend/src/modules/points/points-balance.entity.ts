import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A member's points, kept equal to the sum of their points_entries: updated in each entry's transaction. */
@Entity('points_balances')
export class PointsBalanceEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @Column('integer', { default: 0 })
  balance: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
