/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Campaign counters by increments: each author's count of public stories per campaign, so that a
 * story entering or leaving public moves participant_count by 0 or 1 without a recount. Filled
 * from the stories as they are, and the campaigns' counters recounted once from it.
 *
 * @implements {MigrationInterface}
 */
module.exports = class CampaignParticipants1796200000000 {
    name = 'CampaignParticipants1796200000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "campaign_participants" ("campaign_id" uuid NOT NULL, "author_id" uuid NOT NULL, "stories" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_campaign_participants" PRIMARY KEY ("campaign_id", "author_id"))`);
        await queryRunner.query(`INSERT INTO "campaign_participants" ("campaign_id", "author_id", "stories")
            SELECT campaign_id, author_id, count(*)::int FROM stories
             WHERE status = 'APPROVED' AND deleted_at IS NULL GROUP BY campaign_id, author_id`);
        await queryRunner.query(`UPDATE campaigns c SET story_count = coalesce(p.stories, 0), participant_count = coalesce(p.authors, 0)
            FROM (SELECT c2.id, sum(p2.stories)::int AS stories, count(p2.author_id)::int AS authors
                    FROM campaigns c2 LEFT JOIN campaign_participants p2 ON p2.campaign_id = c2.id GROUP BY c2.id) p
           WHERE p.id = c.id`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "campaign_participants"`);
    }
};
