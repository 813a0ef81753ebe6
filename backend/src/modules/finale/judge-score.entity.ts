import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One judge's score of one story; a second score by the same judge replaces the first. */
@Entity('judge_scores')
@Index('judge_scores_campaign_idx', ['campaignId'])
@Check('judge_scores_score_check', 'score BETWEEN 1 AND 10')
export class JudgeScoreEntity {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('uuid')
  judgeId: string;

  @Column('uuid')
  campaignId: string;

  @Column('smallint')
  score: number;

  @Column('text', { nullable: true })
  note: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
