/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class Finale1796177441890 {
    name = 'Finale1796177441890';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "campaign_results" ("campaign_id" uuid NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finalized_at" TIMESTAMP WITH TIME ZONE, "voided_like_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_f2351339a78e3c9cee47e1fd115" PRIMARY KEY ("campaign_id"))`);
        await queryRunner.query(`CREATE TABLE "judge_scores" ("story_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "score" smallint NOT NULL, "note" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "judge_scores_score_check" CHECK (score BETWEEN 1 AND 10), CONSTRAINT "PK_65758ed47f5c6a026569e8d049c" PRIMARY KEY ("story_id", "judge_id"))`);
        await queryRunner.query(`CREATE INDEX "judge_scores_campaign_idx" ON "judge_scores" ("campaign_id") `);
        await queryRunner.query(`CREATE TABLE "like_voids" ("user_id" uuid NOT NULL, "reason" text NOT NULL, "voided_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9147d0eeefc643bbe3a298962ec" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "prizes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "quantity" integer NOT NULL, "method" character varying(8) NOT NULL, "seed" character varying(64), "commitment" character varying(64), "entrants_hash" character varying(64), "entrants" text, "drawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "prizes_quantity_check" CHECK (quantity >= 1), CONSTRAINT "PK_47e4c94a955b9bf019cae56ba6a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "prizes_campaign_idx" ON "prizes" ("campaign_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "prize_winners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prize_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "story_id" uuid NOT NULL, "user_id" uuid NOT NULL, "place" integer NOT NULL, "status" character varying(12) NOT NULL, "claim_deadline" TIMESTAMP WITH TIME ZONE, "claim_ciphertext" text, "claimed_at" TIMESTAMP WITH TIME ZONE, "claim_erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8de7b2a355bd8c8f33a9674424f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "prize_winners_campaign_idx" ON "prize_winners" ("campaign_id") `);
        await queryRunner.query(`CREATE INDEX "prize_winners_user_idx" ON "prize_winners" ("user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "prize_winners_place_key" ON "prize_winners" ("prize_id", "place") `);
        await queryRunner.query(`ALTER TABLE "campaigns" ADD "like_eligibility_cutoff" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "campaign_results" ADD CONSTRAINT "FK_f2351339a78e3c9cee47e1fd115" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "prizes" ADD CONSTRAINT "FK_bfcfc57079d5c2af228da6551d9" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "prize_winners" ADD CONSTRAINT "FK_be286692c2411d55e2c662c499c" FOREIGN KEY ("prize_id") REFERENCES "prizes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "prize_winners" ADD CONSTRAINT "FK_bf001913d921d059b822d0e6229" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "prize_winners" ADD CONSTRAINT "FK_43282fff2056e4d5ab700431c8c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "prize_winners" DROP CONSTRAINT "FK_43282fff2056e4d5ab700431c8c"`);
        await queryRunner.query(`ALTER TABLE "prize_winners" DROP CONSTRAINT "FK_bf001913d921d059b822d0e6229"`);
        await queryRunner.query(`ALTER TABLE "prize_winners" DROP CONSTRAINT "FK_be286692c2411d55e2c662c499c"`);
        await queryRunner.query(`ALTER TABLE "prizes" DROP CONSTRAINT "FK_bfcfc57079d5c2af228da6551d9"`);
        await queryRunner.query(`ALTER TABLE "campaign_results" DROP CONSTRAINT "FK_f2351339a78e3c9cee47e1fd115"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "like_eligibility_cutoff"`);
        await queryRunner.query(`DROP INDEX "public"."prize_winners_place_key"`);
        await queryRunner.query(`DROP INDEX "public"."prize_winners_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."prize_winners_campaign_idx"`);
        await queryRunner.query(`DROP TABLE "prize_winners"`);
        await queryRunner.query(`DROP INDEX "public"."prizes_campaign_idx"`);
        await queryRunner.query(`DROP TABLE "prizes"`);
        await queryRunner.query(`DROP TABLE "like_voids"`);
        await queryRunner.query(`DROP INDEX "public"."judge_scores_campaign_idx"`);
        await queryRunner.query(`DROP TABLE "judge_scores"`);
        await queryRunner.query(`DROP TABLE "campaign_results"`);
    }
};
