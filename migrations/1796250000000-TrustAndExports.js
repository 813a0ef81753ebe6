/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * The zone a brand plans its campaign in (exports show local times beside UTC), and an index
 * for a reporter's track record (reports are weighed by it before a story is held).
 *
 * @implements {MigrationInterface}
 */
module.exports = class TrustAndExports1796250000000 {
    name = 'TrustAndExports1796250000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "campaigns" ADD "time_zone" text NOT NULL DEFAULT 'Asia/Shanghai'`);
        await queryRunner.query(`CREATE INDEX "reports_reporter_idx" ON "reports" ("reporter_id", "status")`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "reports_reporter_idx"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "time_zone"`);
    }
};
