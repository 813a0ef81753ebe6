import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  /** The last attempt failed; another is scheduled (`nextAttemptAt`). */
  FAILED = 'FAILED',
  /** Every attempt of the schedule failed (a replay starts it again). */
  GAVE_UP = 'GAVE_UP',
}

/** One event to one endpoint, and the log of its attempts (the last one's outcome). */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_log_idx', ['endpointId', 'createdAt', 'id'])
@Index('webhook_deliveries_event_idx', ['eventId'])
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: `"status" IN ('PENDING', 'FAILED')` })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 40 })
  eventId: string;

  @Column('uuid')
  endpointId: string;

  @Column('varchar', { length: 10, default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** Every attempt ever made, replays included (part of each job's id). */
  @Column('int', { default: 0 })
  attempts: number;

  /** Attempts since the schedule last started (creation or a replay): picks the next wait. */
  @Column('int', { default: 0 })
  roundAttempts: number;

  @Column('int', { nullable: true })
  responseStatus: number | null;

  @Column('int', { nullable: true })
  responseTimeMs: number | null;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  nextAttemptAt: Date | null;

  /** An attempt in flight holds the delivery until then (a worker that died lets go). */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  lastAttemptAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
