/**
 * Search over public stories' title and body (pg_trgm, on PostgreSQL and PGlite alike) and by
 * hashtag. Written by hand: TypeORM cannot express the expression index.
 *
 * Chinese has no spaces between words, and pg_trgm only makes trigrams inside words, so a two-
 * character word such as 生活 would give no trigram at all and every search for it would read
 * every story. story_search_text() therefore stands each non-ASCII character alone between
 * spaces: each becomes a "word" of its own with trigrams, and a query transformed the same way
 * (stories-search.ts) matches exactly the substrings of the original text. ASCII words keep
 * pg_trgm's ordinary trigrams.
 *
 * Both indexes are partial on the public-story condition (publicStorySql) like the feeds'.
 *
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class StorySearch1796300000001 {
    name = 'StorySearch1796300000001';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE FUNCTION story_search_text(title text, body text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(lower(title || ' ' || body), '([^\\u0001-\\u007f])', ' \\1 ', 'g')
$$`);
        await queryRunner.query(`CREATE INDEX "stories_search_idx" ON "stories" USING gin (story_search_text("title", "body") gin_trgm_ops)
  WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_hashtags_idx" ON "stories" USING gin ("hashtags") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "stories_hashtags_idx"`);
        await queryRunner.query(`DROP INDEX "stories_search_idx"`);
        await queryRunner.query(`DROP FUNCTION story_search_text(text, text)`);
    }
};
