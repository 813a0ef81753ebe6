/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Sign-in sessions: each holds the hash of its one current refresh token (rotated on every use)
 * and ends on sign-out, password change or reset. `users.sessions_ended_at` revokes the tokens
 * that name no session (issued before sessions existed, or signed by scripts) once the account
 * ends its sessions.
 *
 * @implements {MigrationInterface}
 */
module.exports = class Sessions1796320000000 {
    name = 'Sessions1796320000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" character varying(64) NOT NULL, "user_agent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"), CONSTRAINT "sessions_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`);
        await queryRunner.query(`CREATE INDEX "sessions_user_open_idx" ON "sessions" ("user_id") WHERE "ended_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "users" ADD "sessions_ended_at" TIMESTAMP WITH TIME ZONE`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sessions_ended_at"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
    }
};
