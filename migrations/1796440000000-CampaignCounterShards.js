/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * A campaign's story and participant counts move from its own row to 16 shards (backend
 * campaigns/campaign-counters.ts): every submission and approval into one campaign updated that
 * one row and held its lock until commit, so a launch-day flood of submissions queued behind it.
 * The counts are carried over into shard 0.
 *
 * @implements {MigrationInterface}
 */
module.exports = class CampaignCounterShards1796440000000 {
    name = 'CampaignCounterShards1796440000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "campaign_counter_shards" ("campaign_id" uuid NOT NULL, "shard" smallint NOT NULL, "stories" integer NOT NULL DEFAULT '0', "participants" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_93107e0f8e4ad13fb94b7e785de" PRIMARY KEY ("campaign_id", "shard"))`);
        await queryRunner.query(`ALTER TABLE "campaign_counter_shards" ADD CONSTRAINT "FK_933fd1173ac0f25438152d4594b" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO "campaign_counter_shards" (campaign_id, shard, stories, participants)
            SELECT id, 0, story_count, participant_count FROM campaigns WHERE story_count <> 0 OR participant_count <> 0`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "story_count"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "participant_count"`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "campaigns" ADD "participant_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "campaigns" ADD "story_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`UPDATE campaigns c SET story_count = t.stories, participant_count = t.participants
            FROM (SELECT campaign_id, sum(stories)::int AS stories, sum(participants)::int AS participants FROM campaign_counter_shards GROUP BY campaign_id) t
           WHERE c.id = t.campaign_id`);
        await queryRunner.query(`ALTER TABLE "campaign_counter_shards" DROP CONSTRAINT "FK_933fd1173ac0f25438152d4594b"`);
        await queryRunner.query(`DROP TABLE "campaign_counter_shards"`);
    }
};
