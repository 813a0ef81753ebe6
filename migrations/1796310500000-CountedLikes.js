/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Whether a like is in its story's counters: false once a moderator voided its liker. The row
 * itself says whether it was counted, so a void, an unlike and the sweep that catches likes
 * racing a void never subtract twice. A constant default adds the column without rewriting the table.
 *
 * @implements {MigrationInterface}
 */
module.exports = class CountedLikes1796310500000 {
    name = 'CountedLikes1796310500000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "story_likes" ADD "counted" boolean NOT NULL DEFAULT true`);
        // Likes of accounts voided before this column existed were already taken out of the counters.
        await queryRunner.query(`UPDATE "story_likes" l SET "counted" = false FROM "like_voids" v WHERE v."user_id" = l."user_id"`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "story_likes" DROP COLUMN "counted"`);
    }
};
