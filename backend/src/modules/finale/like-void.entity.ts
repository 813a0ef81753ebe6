import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A liker whose likes a moderator voided: they count nowhere the finale looks (see counted-likes.ts). */
@Entity('like_voids')
export class LikeVoidEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @Column('text')
  reason: string;

  @Column('uuid')
  voidedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
