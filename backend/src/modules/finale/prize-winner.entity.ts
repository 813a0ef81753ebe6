import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { StoryEntity } from '../stories/story.entity';
import { WinnerStatus } from './finale.enums';
import { PrizeEntity } from './prize.entity';

/** A winner or reserve of a prize, in place order. The claim is AES-256-GCM ciphertext (claim-cipher.ts). */
@Entity('prize_winners')
@Index('prize_winners_place_key', ['prizeId', 'place'], { unique: true })
@Index('prize_winners_user_idx', ['userId'])
@Index('prize_winners_campaign_idx', ['campaignId'])
export class PrizeWinnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  prizeId: string;

  @ManyToOne(() => PrizeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'prize_id' })
  prize?: Relation<PrizeEntity>;

  @Column('uuid')
  campaignId: string;

  @Column('uuid')
  storyId: string;

  @ManyToOne(() => StoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<StoryEntity>;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column('integer')
  place: number;

  @Column('varchar', { length: 12 })
  status: WinnerStatus;

  @Column('timestamptz', { nullable: true })
  claimDeadline: Date | null;

  @Column('text', { nullable: true })
  claimCiphertext: string | null;

  @Column('timestamptz', { nullable: true })
  claimedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  claimErasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
