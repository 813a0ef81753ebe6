/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * TOP/HOT feed snapshots moved to memory or Redis (feed-snapshots.ts): reading a feed no longer
 * writes. Cursors into the old table stop working; readers start again from the top.
 *
 * @implements {MigrationInterface}
 */
module.exports = class FeedSnapshotsOffTheDatabase1796300100000 {
    name = 'FeedSnapshotsOffTheDatabase1796300100000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`DROP TABLE IF EXISTS "feed_snapshots"`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`
            CREATE TABLE "feed_snapshots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "campaign_id" uuid NOT NULL,
                "sort" varchar(16) NOT NULL,
                "story_ids" uuid[] NOT NULL,
                "created_at" timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT "feed_snapshots_pkey" PRIMARY KEY ("id")
            )`);
        await queryRunner.query(`CREATE INDEX "feed_snapshots_lookup_idx" ON "feed_snapshots" ("campaign_id", "sort", "created_at")`);
    }
};
