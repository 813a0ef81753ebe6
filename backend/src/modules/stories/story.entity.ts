import {
  Check, Column, CreateDateColumn, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany,
  PrimaryGeneratedColumn, Relation, UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { PhotoEntity } from '../photos/photo.entity';
import { StoryStatus } from './story-status.enum';
import { publicStorySql } from './story-visibility';

const PUBLIC_STORY = publicStorySql();

/**
 * Feed orders are index scans over APPROVED stories of one campaign. Postgres scans a btree
 * backwards, so (a, b, c) also serves ORDER BY a DESC, b DESC, c DESC. The mixed-direction
 * leaderboard index is created by hand in a migration (see stories_leaderboard_idx).
 */
@Entity('stories')
@Check('stories_status_check', `status IN ('PENDING', 'APPROVED', 'REJECTED', 'REMOVED')`)
@Index('stories_feed_new_idx', ['campaignId', 'publishedAt', 'id'], { where: PUBLIC_STORY })
@Index('stories_feed_top_idx', ['campaignId', 'likeCount', 'publishedAt', 'id'], { where: PUBLIC_STORY })
@Index('stories_feed_hot_idx', ['campaignId', 'hotScore', 'id'], { where: PUBLIC_STORY })
@Index('stories_feed_featured_idx', ['campaignId', 'featuredAt', 'id'], { where: `${PUBLIC_STORY} AND featured_at IS NOT NULL` })
@Index('stories_featured_all_idx', ['featuredAt', 'id'], { where: `${PUBLIC_STORY} AND featured_at IS NOT NULL` })
@Index('stories_queue_idx', ['status', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('stories_campaign_queue_idx', ['campaignId', 'status', 'createdAt', 'id'], { where: 'deleted_at IS NULL' })
@Index('stories_author_idx', ['authorId', 'createdAt', 'id'])
@Index('stories_leaderboard_idx', { synchronize: false })
@Index('stories_leaderboard_day_idx', { synchronize: false })
@Index('stories_leaderboard_week_idx', { synchronize: false })
// Search (migration StorySearch): trigrams of story_search_text(title, body), and hashtags.
@Index('stories_search_idx', { synchronize: false })
@Index('stories_hashtags_idx', { synchronize: false })
@Index('stories_published_idx', ['publishedAt', 'id'], { where: PUBLIC_STORY })
export class StoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Relation<CampaignEntity>;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<UserEntity>;

  @OneToMany(() => PhotoEntity, (photo) => photo.story)
  photos?: Relation<PhotoEntity[]>;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  /**
   * The body's hashtags, lower-cased and once each, kept by a database trigger whenever the body
   * is written (see the StoryHashtags migration), so campaign statistics never re-scan bodies.
   */
  @Column('text', { array: true, default: '{}' })
  hashtags: string[];

  /**
   * Title and body as search reads them (lower case, every non-ASCII character between spaces),
   * kept by a database trigger (the StorySearch migration) for the trigram index. Never read or
   * written by the app.
   */
  @Column({ type: 'text', default: '', select: false, insert: false, update: false })
  searchText?: string;

  @Column('varchar', { length: 16 })
  status: StoryStatus;

  @Column('text', { nullable: true })
  rejectionReason: string | null;

  /**
   * Current consent, per scope (usage-scope.ts; COMMUNITY always); every change is also kept in
   * usage_rights_events. usageRightsGranted says "some reuse is allowed" for older readers.
   */
  @Column('text', { array: true, default: '{COMMUNITY}' })
  usageScopes: string[];

  @Column('boolean', { default: false })
  usageRightsGranted: boolean;

  @Column('timestamptz', { nullable: true })
  usageRightsGrantedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  usageRightsWithdrawnAt: Date | null;

  @Column('timestamptz', { nullable: true })
  featuredAt: Date | null;

  @Column('text', { nullable: true })
  featureNote: string | null;

  /**
   * Rolled up from story_stat_shards (at most a second behind) for ordering only; the exact
   * figures shown to people are summed from the shards.
   */
  @Column('integer', { default: 0 })
  likeCount: number;

  @Column('integer', { default: 0 })
  commentCount: number;

  @Column('double precision', { default: 0 })
  hotScore: number;

  /** Likes in the DAY and WEEK windows, rolled up like likeCount: what those boards order by (leaderboards/like-windows.ts). */
  @Column('integer', { default: 0, select: false })
  dayLikeCount: number;

  @Column('integer', { default: 0, select: false })
  weekLikeCount: number;

  /** The like count at which the author is told next (10, 50, 100, 500…): see like-milestones.ts. */
  @Index('stories_like_milestone_due_idx', { where: '"like_count" >= "next_like_milestone"' })
  @Column('int', { default: 10, select: false })
  nextLikeMilestone: number;

  /** Set when the story is first approved; a restore keeps its place in time. */
  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  /** Set when enough people reported it that it left public view pending a decision. */
  @Column('timestamptz', { nullable: true })
  heldForReportsAt: Date | null;

  /** The author's last edit (updateStory); null when never edited. */
  @Column('timestamptz', { nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
