/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * Consent per scope (COMMUNITY, BRAND_CHANNELS, PRODUCT_PAGES, ADVERTISING): stories keep the
 * current set, each consent event the set it left. Stories granted before scopes existed granted
 * everything, as `grantUsageRights: true` did. Campaigns get a licence text and a product list;
 * brand staff tag approved stories with products, which the product-page gallery reads by SKU.
 *
 * @implements {MigrationInterface}
 */
module.exports = class UsageScopesAndProducts1796400000000 {
    name = 'UsageScopesAndProducts1796400000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "stories" ADD "usage_scopes" text[] NOT NULL DEFAULT '{COMMUNITY}'`);
        await queryRunner.query(`UPDATE "stories" SET "usage_scopes" = '{COMMUNITY,BRAND_CHANNELS,PRODUCT_PAGES,ADVERTISING}' WHERE "usage_rights_granted"`);
        await queryRunner.query(`ALTER TABLE "usage_rights_events" ADD "scopes" text[]`);
        await queryRunner.query(`UPDATE "usage_rights_events" SET "scopes" = CASE WHEN "granted" THEN '{COMMUNITY,BRAND_CHANNELS,PRODUCT_PAGES,ADVERTISING}'::text[] ELSE '{COMMUNITY}'::text[] END`);
        await queryRunner.query(`ALTER TABLE "usage_rights_events" ALTER COLUMN "scopes" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "campaigns" ADD "licence_text" text`);

        await queryRunner.query(`CREATE TABLE "campaign_products" (
            "campaign_id" uuid NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
            "sku" varchar(64) NOT NULL,
            "name" varchar(120) NOT NULL,
            "url" varchar(500),
            "position" int NOT NULL,
            PRIMARY KEY ("campaign_id", "sku"))`);
        await queryRunner.query(`CREATE TABLE "story_products" (
            "story_id" uuid NOT NULL REFERENCES "stories"("id") ON DELETE CASCADE,
            "campaign_id" uuid NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
            "sku" varchar(64) NOT NULL,
            "name" varchar(120),
            "url" varchar(500),
            "position" int NOT NULL,
            "tagged_at" timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY ("story_id", "sku"))`);
        // The gallery asks "this campaign's stories tagged with this SKU".
        await queryRunner.query(`CREATE INDEX "story_products_gallery_idx" ON "story_products" ("campaign_id", "sku", "story_id")`);
        // ...and, untagged, "this campaign's stories that may go on product pages", featured first.
        await queryRunner.query(`CREATE INDEX "stories_gallery_idx" ON "stories" ("campaign_id", "featured_at" DESC NULLS LAST, "like_count" DESC, "published_at" DESC)
            WHERE "status" = 'APPROVED' AND "deleted_at" IS NULL AND 'PRODUCT_PAGES' = ANY("usage_scopes")`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "stories_gallery_idx"`);
        await queryRunner.query(`DROP TABLE "story_products"`);
        await queryRunner.query(`DROP TABLE "campaign_products"`);
        await queryRunner.query(`ALTER TABLE "campaigns" DROP COLUMN "licence_text"`);
        await queryRunner.query(`ALTER TABLE "usage_rights_events" DROP COLUMN "scopes"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "usage_scopes"`);
    }
};
