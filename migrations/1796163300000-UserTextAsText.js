/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Lengths people write are counted as they see them (grapheme clusters: "❤️" is one character
 * and two code points), by the validators; varchar(n) counts code points and would refuse what
 * the validator allows. The columns become text, in place (TypeORM's generator would drop and
 * re-add them, losing the data, so this one is written by hand).
 *
 * @implements {MigrationInterface}
 */
module.exports = class UserTextAsText1796163300000 {
    name = 'UserTextAsText1796163300000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "stories" ALTER COLUMN "title" TYPE text`);
        await queryRunner.query(`ALTER TABLE "campaigns" ALTER COLUMN "title" TYPE text`);
        await queryRunner.query(`ALTER TABLE "campaigns" ALTER COLUMN "hashtag" TYPE text`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "display_name" TYPE text`);
        await queryRunner.query(`ALTER TABLE "photos" ALTER COLUMN "original_filename" TYPE text`);
        await queryRunner.query(`ALTER TABLE "moderation_terms" ALTER COLUMN "term" TYPE text`);
        await queryRunner.query(`ALTER TABLE "moderation_terms" ALTER COLUMN "normalized_term" TYPE text`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "moderation_terms" ALTER COLUMN "normalized_term" TYPE varchar(100)`);
        await queryRunner.query(`ALTER TABLE "moderation_terms" ALTER COLUMN "term" TYPE varchar(100)`);
        await queryRunner.query(`ALTER TABLE "photos" ALTER COLUMN "original_filename" TYPE varchar(255)`);
        await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "display_name" TYPE varchar(40)`);
        await queryRunner.query(`ALTER TABLE "campaigns" ALTER COLUMN "hashtag" TYPE varchar(64)`);
        await queryRunner.query(`ALTER TABLE "campaigns" ALTER COLUMN "title" TYPE varchar(120)`);
        await queryRunner.query(`ALTER TABLE "stories" ALTER COLUMN "title" TYPE varchar(120)`);
    }
};
