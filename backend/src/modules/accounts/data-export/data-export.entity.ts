import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '../user.entity';

export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
}

/** One requested export of everything held about a user. */
@Entity('data_exports')
@Check('data_exports_status_check', `status IN ('PENDING', 'READY', 'FAILED')`)
@Index('data_exports_user_idx', ['userId', 'createdAt'])
export class DataExportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'data_exports_pkey' })
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'data_exports_user_fkey' })
  user?: Relation<UserEntity>;

  @Column('varchar', { length: 16, default: DataExportStatus.PENDING })
  status: DataExportStatus;

  /** sha256 (hex) of the download link's token. */
  @Index('data_exports_token_key', { unique: true })
  @Column('varchar', { length: 64 })
  tokenHash: string;

  /** The ZIP in private storage, once built. */
  @Column('text', { nullable: true })
  storageKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readyAt: Date | null;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  downloadedAt: Date | null;
}
