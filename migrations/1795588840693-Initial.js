/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class Initial1795588840693 {
    name = 'Initial1795588840693';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(40) NOT NULL, "avatar_url" text, "role" character varying(16) NOT NULL DEFAULT 'CUSTOMER', "suspended_until" TIMESTAMP WITH TIME ZONE, "suspension_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_check" CHECK (role IN ('CUSTOMER', 'MODERATOR', 'BRAND_STAFF', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email") `);
        await queryRunner.query(`CREATE TABLE "stories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL, "rejection_reason" text, "usage_rights_granted" boolean NOT NULL DEFAULT false, "usage_rights_granted_at" TIMESTAMP WITH TIME ZONE, "usage_rights_withdrawn_at" TIMESTAMP WITH TIME ZONE, "featured_at" TIMESTAMP WITH TIME ZONE, "feature_note" text, "like_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "hot_score" double precision NOT NULL DEFAULT '0', "published_at" TIMESTAMP WITH TIME ZONE, "held_for_reports_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "stories_status_check" CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'REMOVED')), CONSTRAINT "PK_bb6f880b260ed96c452b32a39f0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "stories_author_idx" ON "stories" ("author_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "stories_campaign_queue_idx" ON "stories" ("campaign_id", "status", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_queue_idx" ON "stories" ("status", "created_at", "id") WHERE deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_featured_all_idx" ON "stories" ("featured_at", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL AND featured_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "stories_feed_featured_idx" ON "stories" ("campaign_id", "featured_at", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL AND featured_at IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "stories_feed_hot_idx" ON "stories" ("campaign_id", "hot_score", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_feed_top_idx" ON "stories" ("campaign_id", "like_count", "published_at", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_feed_new_idx" ON "stories" ("campaign_id", "published_at", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "story_id" uuid, "position" smallint, "status" character varying(20) NOT NULL DEFAULT 'AWAITING_UPLOAD', "declared_content_type" character varying(32) NOT NULL, "declared_byte_size" integer NOT NULL, "original_filename" character varying(255) NOT NULL, "content_type" character varying(32), "width" integer, "height" integer, "original_key" text, "display_key" text, "thumbnail_key" text, "failure_reason" text, "uploaded_at" TIMESTAMP WITH TIME ZONE, "processed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5220c45b8e32d49d767b9b3d725" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "photos_story_idx" ON "photos" ("story_id", "position") `);
        await queryRunner.query(`CREATE INDEX "photos_cleanup_idx" ON "photos" ("status", "created_at") WHERE story_id IS NULL`);
        await queryRunner.query(`CREATE INDEX "photos_owner_idx" ON "photos" ("owner_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "title" character varying(120) NOT NULL, "description" text NOT NULL, "hashtag" character varying(64), "rules" text, "cover_photo_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published" boolean NOT NULL DEFAULT true, "requires_moderation" boolean NOT NULL DEFAULT true, "max_photos_per_story" smallint NOT NULL DEFAULT '9', "story_count" integer NOT NULL DEFAULT '0', "participant_count" integer NOT NULL DEFAULT '0', "leaderboard_frozen_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaigns_dates_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_831e3fcd4fc45b4e4c3f57a9ee4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns" ("slug") `);
        await queryRunner.query(`CREATE INDEX "campaigns_listing_idx" ON "campaigns" ("published", "starts_at", "id") `);
        await queryRunner.query(`CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "story_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "thread_id" uuid NOT NULL, "thread_created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "comments_campaign_time_idx" ON "comments" ("campaign_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "comments_reading_order_idx" ON "comments" ("story_id", "thread_created_at", "thread_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "feed_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "sort" character varying(16) NOT NULL, "story_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67c5f0d31cb181ea3cb84c4a701" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "feed_snapshots_lookup_idx" ON "feed_snapshots" ("campaign_id", "sort", "created_at") `);
        await queryRunner.query(`CREATE TABLE "story_likes" ("story_id" uuid NOT NULL, "user_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c05956e2f1fe1a23339a255ccf" PRIMARY KEY ("story_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "story_likes_user_idx" ON "story_likes" ("user_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "story_likes_campaign_time_idx" ON "story_likes" ("campaign_id", "created_at", "story_id") `);
        await queryRunner.query(`CREATE TABLE "story_stat_shards" ("story_id" uuid NOT NULL, "shard" smallint NOT NULL, "likes" integer NOT NULL DEFAULT '0', "comments" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23e27718e6aa8aff389b5f3b5cd" PRIMARY KEY ("story_id", "shard"))`);
        await queryRunner.query(`CREATE INDEX "story_stat_shards_updated_idx" ON "story_stat_shards" ("updated_at") `);
        await queryRunner.query(`CREATE TABLE "leaderboard_snapshots" ("campaign_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "period" character varying(16) NOT NULL, "entries" jsonb NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_45d4a396e2059e4acb50b58145a" PRIMARY KEY ("campaign_id", "kind", "period"))`);
        await queryRunner.query(`CREATE TABLE "moderation_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" character varying(32) NOT NULL, "reason" text, "moderator_id" uuid NOT NULL, "story_id" uuid, "comment_id" uuid, "target_user_id" uuid, "campaign_id" uuid, "report_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "moderation_actions_story_idx" ON "moderation_actions" ("story_id") `);
        await queryRunner.query(`CREATE INDEX "moderation_actions_time_idx" ON "moderation_actions" ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "moderation_terms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid, "term" character varying(100) NOT NULL, "normalized_term" character varying(100) NOT NULL, "action" character varying(8) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_terms_action_check" CHECK (action IN ('BLOCK', 'REVIEW')), CONSTRAINT "PK_17724c8ddd2a1a6c67402dc3e30" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "moderation_terms_campaign_idx" ON "moderation_terms" ("campaign_id") `);
        await queryRunner.query(`CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_id" uuid NOT NULL, "story_id" uuid, "comment_id" uuid, "reason" character varying(32) NOT NULL, "note" text, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "resolved_by_id" uuid, "resolution_note" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "reports_story_idx" ON "reports" ("story_id", "status") `);
        await queryRunner.query(`CREATE INDEX "reports_queue_idx" ON "reports" ("status", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "reports_one_open_per_comment_idx" ON "reports" ("reporter_id", "comment_id") WHERE status = 'OPEN' AND comment_id IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "reports_one_open_per_story_idx" ON "reports" ("reporter_id", "story_id") WHERE status = 'OPEN' AND story_id IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "usage_rights_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "story_id" uuid NOT NULL, "granted" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc069c4a74bfcba4fa74bd35999" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "usage_rights_events_story_idx" ON "usage_rights_events" ("story_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "stories" ADD CONSTRAINT "FK_aa09301af30a2ab535b165e3c90" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "stories" ADD CONSTRAINT "FK_1e6ca6b1e366a7575873f2d1c30" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "photos" ADD CONSTRAINT "FK_edb2bca1755984d877112420345" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "photos" ADD CONSTRAINT "FK_1013260863601cb075c072aa182" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "campaigns" ADD CONSTRAINT "FK_c64073fccce4368f11a209beba1" FOREIGN KEY ("cover_photo_id") REFERENCES "photos"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "campaigns" ADD CONSTRAINT "FK_1d2e2277574f500601cd30fd82a" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_fc9fbe054ad87248180aec2e9c9" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "comments" ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "story_likes" ADD CONSTRAINT "FK_a68f51aa0d901bbc019c65572b3" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "story_likes" ADD CONSTRAINT "FK_7743f7540a7b66554a614e181e4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_ae8f3141f6f1a4da700a1ed71e7" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reports" ADD CONSTRAINT "FK_90128aa0533cf113b418de0304f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "usage_rights_events" ADD CONSTRAINT "FK_de136b0d397dd1a5e591928e3d3" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "usage_rights_events" DROP CONSTRAINT "FK_de136b0d397dd1a5e591928e3d3"`);
        await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_90128aa0533cf113b418de0304f"`);
        await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_ae8f3141f6f1a4da700a1ed71e7"`);
        await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"`);
        await queryRunner.query(`ALTER TABLE "story_likes" DROP CONSTRAINT "FK_7743f7540a7b66554a614e181e4"`);
        await queryRunner.query(`ALTER TABLE "story_likes" DROP CONSTRAINT "FK_a68f51aa0d901bbc019c65572b3"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"`);
        await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_fc9fbe054ad87248180aec2e9c9"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "FK_1d2e2277574f500601cd30fd82a"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP CONSTRAINT "FK_c64073fccce4368f11a209beba1"`);
        await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "FK_1013260863601cb075c072aa182"`);
        await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "FK_edb2bca1755984d877112420345"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP CONSTRAINT "FK_1e6ca6b1e366a7575873f2d1c30"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP CONSTRAINT "FK_aa09301af30a2ab535b165e3c90"`);
        await queryRunner.query(`DROP INDEX "public"."usage_rights_events_story_idx"`);
        await queryRunner.query(`DROP TABLE "usage_rights_events"`);
        await queryRunner.query(`DROP INDEX "public"."reports_one_open_per_story_idx"`);
        await queryRunner.query(`DROP INDEX "public"."reports_one_open_per_comment_idx"`);
        await queryRunner.query(`DROP INDEX "public"."reports_queue_idx"`);
        await queryRunner.query(`DROP INDEX "public"."reports_story_idx"`);
        await queryRunner.query(`DROP TABLE "reports"`);
        await queryRunner.query(`DROP INDEX "public"."moderation_terms_campaign_idx"`);
        await queryRunner.query(`DROP TABLE "moderation_terms"`);
        await queryRunner.query(`DROP INDEX "public"."moderation_actions_time_idx"`);
        await queryRunner.query(`DROP INDEX "public"."moderation_actions_story_idx"`);
        await queryRunner.query(`DROP TABLE "moderation_actions"`);
        await queryRunner.query(`DROP TABLE "leaderboard_snapshots"`);
        await queryRunner.query(`DROP INDEX "public"."story_stat_shards_updated_idx"`);
        await queryRunner.query(`DROP TABLE "story_stat_shards"`);
        await queryRunner.query(`DROP INDEX "public"."story_likes_campaign_time_idx"`);
        await queryRunner.query(`DROP INDEX "public"."story_likes_user_idx"`);
        await queryRunner.query(`DROP TABLE "story_likes"`);
        await queryRunner.query(`DROP INDEX "public"."feed_snapshots_lookup_idx"`);
        await queryRunner.query(`DROP TABLE "feed_snapshots"`);
        await queryRunner.query(`DROP INDEX "public"."comments_reading_order_idx"`);
        await queryRunner.query(`DROP INDEX "public"."comments_campaign_time_idx"`);
        await queryRunner.query(`DROP TABLE "comments"`);
        await queryRunner.query(`DROP INDEX "public"."campaigns_listing_idx"`);
        await queryRunner.query(`DROP INDEX "public"."campaigns_slug_key"`);
        await queryRunner.query(`DROP TABLE "campaigns"`);
        await queryRunner.query(`DROP INDEX "public"."photos_owner_idx"`);
        await queryRunner.query(`DROP INDEX "public"."photos_cleanup_idx"`);
        await queryRunner.query(`DROP INDEX "public"."photos_story_idx"`);
        await queryRunner.query(`DROP TABLE "photos"`);
        await queryRunner.query(`DROP INDEX "public"."stories_feed_new_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_feed_top_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_feed_hot_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_feed_featured_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_featured_all_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_queue_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_campaign_queue_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_author_idx"`);
        await queryRunner.query(`DROP TABLE "stories"`);
        await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
        await queryRunner.query(`DROP TABLE "users"`);
    }
};
