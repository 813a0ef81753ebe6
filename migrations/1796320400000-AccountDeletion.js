/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * When an account was erased (deleteMyAccount). The row stays, emptied of everything personal,
 * so that what others made around it (replies, the moderation log, frozen results) keeps its shape.
 *
 * @implements {MigrationInterface}
 */
module.exports = class AccountDeletion1796320400000 {
    name = 'AccountDeletion1796320400000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
    }
};
