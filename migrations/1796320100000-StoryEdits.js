/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * When the author last edited a story (updateStory); shown as "edited" on a published story.
 *
 * @implements {MigrationInterface}
 */
module.exports = class StoryEdits1796320100000 {
    name = 'StoryEdits1796320100000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "stories" ADD "edited_at" TIMESTAMP WITH TIME ZONE`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "edited_at"`);
    }
};
