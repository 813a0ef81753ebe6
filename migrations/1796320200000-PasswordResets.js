/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Password reset links: single use, 30 minutes, stored as the sha256 of the token only.
 *
 * @implements {MigrationInterface}
 */
module.exports = class PasswordResets1796320200000 {
    name = 'PasswordResets1796320200000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "password_resets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "password_resets_pkey" PRIMARY KEY ("id"), CONSTRAINT "password_resets_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_key" ON "password_resets" ("token_hash")`);
        await queryRunner.query(`CREATE INDEX "password_resets_user_idx" ON "password_resets" ("user_id")`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "password_resets"`);
    }
};
