/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Data exports (requestDataExport): one ZIP per request, built in the job queue, downloadable
 * once through a link whose token is stored hashed, for 7 days.
 *
 * @implements {MigrationInterface}
 */
module.exports = class DataExports1796320300000 {
    name = 'DataExports1796320300000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "data_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "token_hash" character varying(64) NOT NULL, "storage_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "downloaded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "data_exports_pkey" PRIMARY KEY ("id"), CONSTRAINT "data_exports_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE, CONSTRAINT "data_exports_status_check" CHECK (status IN ('PENDING', 'READY', 'FAILED')))`);
        await queryRunner.query(`CREATE INDEX "data_exports_user_idx" ON "data_exports" ("user_id", "created_at")`);
        await queryRunner.query(`CREATE UNIQUE INDEX "data_exports_token_key" ON "data_exports" ("token_hash")`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "data_exports"`);
    }
};
