import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** What was said, once: its id (`msg_…`) is the webhook-id of every attempt and replay to every endpoint. */
@Entity('webhook_events')
export class WebhookEventEntity {
  @PrimaryColumn('varchar', { length: 40 })
  id: string;

  @Column('varchar', { length: 40 })
  type: string;

  /** The Standard Webhooks body: `{ type, timestamp, data }`, the body every attempt signs and sends. */
  @Column('jsonb')
  payload: { type: string; timestamp: string; data: Record<string, unknown> };

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
