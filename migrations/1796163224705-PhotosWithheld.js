/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class PhotosWithheld1796163224705 {
    name = 'PhotosWithheld1796163224705';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "photos" ADD "withheld" boolean NOT NULL DEFAULT false`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "photos" DROP COLUMN "withheld"`);
    }
};
