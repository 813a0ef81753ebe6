import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../user.entity';

/** One signed-in device or browser. Access tokens name it (`sid`); ending it ends them within seconds. */
@Entity('sessions')
@Index('sessions_user_open_idx', ['userId'], { where: '"ended_at" IS NULL' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' })
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sessions_user_fkey' })
  user?: Relation<UserEntity>;

  /** sha256 (hex) of the one refresh token that may be used next; the token itself is never stored. */
  @Column('varchar', { length: 64 })
  refreshTokenHash: string;

  /**
   * sha256 of the token the last refresh replaced, kept for ROTATION_GRACE_SECONDS after
   * `rotatedAt`: the answer to that refresh may never have arrived (SessionsService.refresh).
   * Cleared once it has been used that way.
   */
  @Column('varchar', { length: 64, nullable: true })
  previousRefreshTokenHash: string | null;

  @Column('timestamptz', { nullable: true })
  rotatedAt: Date | null;

  @Column('text', { nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The last sign-in or refresh (about every 15 minutes while the app is open). */
  @Column('timestamptz', { default: () => 'now()' })
  lastSeenAt: Date;

  /** Unused this long, the refresh token lapses; each refresh moves it on. */
  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;
}
