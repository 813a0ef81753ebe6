/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Signed webhooks for the brand's systems. Endpoints hold their secret sealed (AES-GCM) and, for
 * 24 h after a rotation, the previous one. An event is written once (its `msg_…` id is the
 * webhook-id of every attempt and replay); one delivery per subscribed endpoint carries the
 * attempt log. Deliveries are listed per endpoint newest first, and the sweep finds due ones
 * through a partial index.
 *
 * @implements {MigrationInterface}
 */
module.exports = class Webhooks1796410000000 {
    name = 'Webhooks1796410000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`
            CREATE TABLE "webhook_endpoints" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "url" text NOT NULL,
                "events" text[] NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "secret_sealed" text NOT NULL,
                "previous_secret_sealed" text,
                "previous_secret_until" timestamptz,
                "created_by_id" uuid REFERENCES "users"("id") ON DELETE SET NULL,
                "created_at" timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
            )`);
        await queryRunner.query(`
            CREATE TABLE "webhook_events" (
                "id" varchar(40) NOT NULL,
                "type" varchar(40) NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
            )`);
        await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" varchar(40) NOT NULL REFERENCES "webhook_events"("id") ON DELETE CASCADE,
                "endpoint_id" uuid NOT NULL REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE,
                "status" varchar(10) NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT 0,
                "round_attempts" integer NOT NULL DEFAULT 0,
                "response_status" integer,
                "response_time_ms" integer,
                "last_error" text,
                "next_attempt_at" timestamptz,
                "locked_until" timestamptz,
                "last_attempt_at" timestamptz,
                "created_at" timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "webhook_deliveries_status_check" CHECK ("status" IN ('PENDING', 'SUCCEEDED', 'FAILED', 'GAVE_UP'))
            )`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_log_idx" ON "webhook_deliveries" ("endpoint_id", "created_at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" ("event_id")`);
        await queryRunner.query(`CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" ("next_attempt_at") WHERE "status" IN ('PENDING', 'FAILED')`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
        await queryRunner.query(`DROP TABLE "webhook_events"`);
        await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    }
};
