import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role, ROLES } from './role.enum';

@Entity('users')
@Check('users_role_check', `role IN (${ROLES.map((r) => `'${r}'`).join(', ')})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased on the way in, so a plain unique index makes emails unique in any case. */
  @Index('users_email_key', { unique: true })
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 255 })
  passwordHash: string;

  @Column('text')
  displayName: string;

  @Column('text', { nullable: true })
  avatarUrl: string | null;

  /** A photo the user uploaded through the photo flow as their avatar (wins over avatarUrl once processed). */
  @Index('users_avatar_photo_idx', { where: 'avatar_photo_id IS NOT NULL' })
  @Column('uuid', { nullable: true })
  avatarPhotoId: string | null;

  /** A short public line about themself on their profile page. */
  @Column('text', { nullable: true })
  bio: string | null;

  @Column('varchar', { length: 16, default: Role.CUSTOMER })
  role: Role;

  @Column('timestamptz', { nullable: true })
  suspendedUntil: Date | null;

  @Column('text', { nullable: true })
  suspensionReason: string | null;

  /** The language notifications and mails are written in: the web app sets it from its own setting. */
  @Column('varchar', { length: 8, default: 'zh-CN' })
  language: string;

  /** Notification kinds this person does not want by e-mail (they still reach the inbox). */
  @Column('text', { array: true, default: () => "'{}'" })
  emailMutedKinds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Tokens that name no session (older ones, or signed by scripts) and were issued before this no longer work. */
  @Column('timestamptz', { nullable: true })
  sessionsEndedAt: Date | null;

  /** Erased by its owner (deleteMyAccount): the row keeps only an id and a pseudonym. */
  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;
}
