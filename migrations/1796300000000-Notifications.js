/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * The inbox: one row per thing a person is told, read as a keyset page on
 * (recipient, created_at, id); unread ones counted from a partial index. `dedupe_key` makes a
 * retried job or a repeated event tell nobody twice. `email_state` is the mail's own outbox:
 * PENDING rows are sent (and re-sent after a crash) until SENT.
 *
 * Users gain the language they read in and the kinds they do not want by e-mail; stories gain
 * the next like count worth telling their author about, with a partial index that finds the
 * stories that reached it without looking at any other.
 *
 * @implements {MigrationInterface}
 */
module.exports = class Notifications1796300000000 {
    name = 'Notifications1796300000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "users" ADD "language" varchar(8) NOT NULL DEFAULT 'zh-CN'`);
        await queryRunner.query(`ALTER TABLE "users" ADD "email_muted_kinds" text[] NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "stories" ADD "next_like_milestone" integer NOT NULL DEFAULT 10`);
        // Stories that already have likes start at the milestone above their count: nobody is
        // told of a thousand likes the day this ships.
        await queryRunner.query(`
            UPDATE "stories" SET "next_like_milestone" = CASE
                WHEN "like_count" < 10 THEN 10
                WHEN "like_count" < 5 * power(10, floor(log("like_count"::float8))) THEN (5 * power(10, floor(log("like_count"::float8))))::int
                ELSE power(10, floor(log("like_count"::float8)) + 1)::int END
             WHERE "like_count" >= 10`);
        await queryRunner.query(`CREATE INDEX "stories_like_milestone_due_idx" ON "stories" ("id") WHERE "like_count" >= "next_like_milestone"`);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
                "kind" varchar(32) NOT NULL,
                "story_id" uuid,
                "comment_id" uuid,
                "params" jsonb NOT NULL DEFAULT '{}',
                "link" text,
                "dedupe_key" text,
                "email_state" varchar(8) NOT NULL DEFAULT 'NONE',
                "read_at" timestamptz,
                "created_at" timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "notifications_email_state_check" CHECK ("email_state" IN ('NONE', 'PENDING', 'SENT', 'FAILED'))
            )`);
        await queryRunner.query(`CREATE INDEX "notifications_inbox_idx" ON "notifications" ("recipient_id", "created_at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("recipient_id") WHERE "read_at" IS NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" ("dedupe_key")`);
        await queryRunner.query(`CREATE INDEX "notifications_mail_due_idx" ON "notifications" ("created_at") WHERE "email_state" = 'PENDING'`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "stories_like_milestone_due_idx"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "next_like_milestone"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_muted_kinds"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    }
};
