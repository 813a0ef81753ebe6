import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change of a member's points: append-only, positive (a credit) or negative (a reversal).
 * `subject` names what the points are for (`story:<id>:approved`, `story:<id>:featured`,
 * `prize:<prizeId>:<storyId>`, `likes:<campaignId>:<day>`): for each (user, subject) the sum of
 * the entries is what the member holds for it, and every writer brings that sum to its target
 * by writing only the difference (points-ledger.ts). `ruleAmount`/`ruleCap` keep the rule the
 * subject was first credited under, so a later change of the campaign's rules is not retroactive.
 */
@Entity('points_entries')
@Index('points_entries_user_time_idx', ['userId', 'createdAt', 'id'])
@Index('points_entries_user_subject_idx', ['userId', 'subject'])
export class PointsEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** No foreign key to users: accounts are erased in place (the row stays), and account deletion removes the ledger itself. */
  @Column('uuid')
  userId: string;

  @Column('uuid')
  campaignId: string;

  /** The story it is for; null for likes (a day's likes over all the author's stories). */
  @Column('uuid', { nullable: true })
  storyId: string | null;

  @Column('varchar', { length: 120 })
  subject: string;

  @Column('varchar', { length: 32 })
  reason: string;

  @Column('integer')
  amount: number;

  /** The member's balance right after this entry. */
  @Column('integer')
  balanceAfter: number;

  /** Points per approval / feature / prize / like under which the subject was first credited. */
  @Column('integer')
  ruleAmount: number;

  /** The daily cap the day's likes were first credited under (likes only). */
  @Column('integer', { nullable: true })
  ruleCap: number | null;

  /** The campaign-local day of the likes (likes only). */
  @Column('date', { nullable: true })
  day: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
