/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * A keyed pseudonym of the client address each like came from (never the address itself), so
 * moderators can see many accounts liking from one place: a like ring's other signature.
 *
 * @implements {MigrationInterface}
 */
module.exports = class LikeClientKeys1796330000000 {
    name = 'LikeClientKeys1796330000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "story_likes" ADD "client_key" varchar(22)`);
        await queryRunner.query(`CREATE INDEX "story_likes_client_idx" ON "story_likes" ("campaign_id", "client_key") WHERE "client_key" IS NOT NULL`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "story_likes_client_idx"`);
        await queryRunner.query(`ALTER TABLE "story_likes" DROP COLUMN "client_key"`);
    }
};
