/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Member points (积分): each campaign's rules, the append-only ledger (one row per change, its
 * subject saying what it is for) and each member's balance, kept equal to the ledger's sum.
 *
 * @implements {MigrationInterface}
 */
module.exports = class MemberPoints1796420000000 {
    name = 'MemberPoints1796420000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "campaign_points_rules" ("campaign_id" uuid NOT NULL, "story_approved" integer NOT NULL, "story_featured" integer NOT NULL, "prize_won" integer NOT NULL, "like_received" integer NOT NULL, "like_received_daily_cap" integer NOT NULL, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_471f518b9a40cd6089002fe74f5" PRIMARY KEY ("campaign_id"))`);
        await queryRunner.query(`ALTER TABLE "campaign_points_rules" ADD CONSTRAINT "FK_471f518b9a40cd6089002fe74f5" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE TABLE "points_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "story_id" uuid, "subject" character varying(120) NOT NULL, "reason" character varying(32) NOT NULL, "amount" integer NOT NULL, "balance_after" integer NOT NULL, "rule_amount" integer NOT NULL, "rule_cap" integer, "day" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65c6da170aeec36e4870a88336e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "points_entries_user_time_idx" ON "points_entries" ("user_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "points_entries_user_subject_idx" ON "points_entries" ("user_id", "subject") `);
        await queryRunner.query(`CREATE TABLE "points_balances" ("user_id" uuid NOT NULL, "balance" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_78f2bdf6e94b3d1ba0745500301" PRIMARY KEY ("user_id"))`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE "points_balances"`);
        await queryRunner.query(`DROP INDEX "public"."points_entries_user_subject_idx"`);
        await queryRunner.query(`DROP INDEX "public"."points_entries_user_time_idx"`);
        await queryRunner.query(`DROP TABLE "points_entries"`);
        await queryRunner.query(`ALTER TABLE "campaign_points_rules" DROP CONSTRAINT "FK_471f518b9a40cd6089002fe74f5"`);
        await queryRunner.query(`DROP TABLE "campaign_points_rules"`);
    }
};
