/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * A session remembers the refresh token its last refresh replaced, and when (backend
 * accounts/sessions/sessions.service.ts, ROTATION_GRACE_SECONDS): an answer lost on its way no
 * longer signs the person out.
 *
 * @implements {MigrationInterface}
 */
module.exports = class RefreshRotationGrace1796450000000 {
    name = 'RefreshRotationGrace1796450000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "sessions" ADD "previous_refresh_token_hash" character varying(64)`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD "rotated_at" TIMESTAMP WITH TIME ZONE`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "rotated_at"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "previous_refresh_token_hash"`);
    }
};
