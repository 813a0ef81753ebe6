/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Profiles (a short bio, an avatar from the photo flow) and attribution of shared links: one row
 * per visitor (a keyed pseudonym, no cookie), campaign and day, credited with the account the
 * visitor created afterwards. Generated from the entities.
 *
 * @implements {MigrationInterface}
 */
module.exports = class ProfilesAndReferrals1796300000000 {
    name = 'ProfilesAndReferrals1796300000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "referral_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "sharer_id" uuid NOT NULL, "day" date NOT NULL, "visitor_key" character varying(64) NOT NULL, "signup_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2a6d281ceeb96397581ed2641f6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "referral_visits_sharer_idx" ON "referral_visits" ("campaign_id", "sharer_id") `);
        await queryRunner.query(`CREATE INDEX "referral_visits_visitor_idx" ON "referral_visits" ("visitor_key") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "referral_visits_once_per_day" ON "referral_visits" ("campaign_id", "day", "visitor_key") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "avatar_photo_id" uuid`);
        await queryRunner.query(`ALTER TABLE "users" ADD "bio" text`);
        await queryRunner.query(`CREATE INDEX "users_avatar_photo_idx" ON "users" ("avatar_photo_id") WHERE avatar_photo_id IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "referral_visits" ADD CONSTRAINT "FK_158487e16d2105f2a3dc9d62213" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "referral_visits" ADD CONSTRAINT "FK_9ba2692aa06909e93021e6bcbf9" FOREIGN KEY ("sharer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "referral_visits" ADD CONSTRAINT "FK_816602a77eed43380cfeb703dfd" FOREIGN KEY ("signup_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE "referral_visits" DROP CONSTRAINT "FK_816602a77eed43380cfeb703dfd"`);
        await queryRunner.query(`ALTER TABLE "referral_visits" DROP CONSTRAINT "FK_9ba2692aa06909e93021e6bcbf9"`);
        await queryRunner.query(`ALTER TABLE "referral_visits" DROP CONSTRAINT "FK_158487e16d2105f2a3dc9d62213"`);
        await queryRunner.query(`DROP INDEX "public"."users_avatar_photo_idx"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "bio"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "avatar_photo_id"`);
        await queryRunner.query(`DROP INDEX "public"."referral_visits_once_per_day"`);
        await queryRunner.query(`DROP INDEX "public"."referral_visits_visitor_idx"`);
        await queryRunner.query(`DROP INDEX "public"."referral_visits_sharer_idx"`);
        await queryRunner.query(`DROP TABLE "referral_visits"`);
    }
};
