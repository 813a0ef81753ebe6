import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A brand system that hears events. The secrets are sealed (webhook-secrets.ts), never stored in the clear. */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  url: string;

  @Column('text', { array: true })
  events: string[];

  @Column('boolean', { default: true })
  active: boolean;

  @Column('text')
  secretSealed: string;

  /** The secret before the last rotation: it keeps signing beside the new one until `previousSecretUntil`. */
  @Column('text', { nullable: true })
  previousSecretSealed: string | null;

  @Column('timestamptz', { nullable: true })
  previousSecretUntil: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
