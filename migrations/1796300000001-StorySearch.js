/**
 * Search over public stories' title and body (pg_trgm, on PostgreSQL and PGlite alike) and by
 * hashtag. Written by hand: the trigger and the trigram index are beyond the generator.
 *
 * Chinese has no spaces between words, and pg_trgm only makes trigrams inside words, so a two-
 * character word such as 生活 would give no trigram at all and every search for it would read
 * every story. story_search_text() therefore stands each non-ASCII character alone between
 * spaces: each becomes a "word" of its own with trigrams, and a query written the same way
 * (search-query.ts) matches exactly the substrings of the original text. ASCII words keep
 * pg_trgm's ordinary trigrams. The title comes first, on its own line, so a query can tell a
 * title match (ranked first) from a body match.
 *
 * The text is kept in a column by a trigger (like hashtags), not computed in an expression
 * index: a common word matches a third of all stories, and re-deriving the text for each of them
 * to recheck the match took a second over 100,000 stories; reading the column takes milliseconds.
 * The indexes are partial on the public-story condition (publicStorySql) like the feeds'.
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
  SELECT regexp_replace(lower(regexp_replace(title, '\\s+', ' ', 'g')), '([^\\u0001-\\u007f])', ' \\1 ', 'g')
      || E'\\n' || regexp_replace(lower(body), '([^\\u0001-\\u007f])', ' \\1 ', 'g')
$$`);
        await queryRunner.query(`ALTER TABLE "stories" ADD "search_text" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`CREATE FUNCTION stories_set_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := story_search_text(NEW.title, NEW.body);
  RETURN NEW;
END
$$`);
        await queryRunner.query(`CREATE TRIGGER stories_set_search_text BEFORE INSERT OR UPDATE OF title, body ON "stories" FOR EACH ROW EXECUTE FUNCTION stories_set_search_text()`);
        await queryRunner.query(`UPDATE "stories" SET "search_text" = story_search_text("title", "body")`);
        await queryRunner.query(`CREATE INDEX "stories_search_idx" ON "stories" USING gin ("search_text" gin_trgm_ops) WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_hashtags_idx" ON "stories" USING gin ("hashtags") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        // Newest public stories across campaigns: a common word's results are read in this order until a page is full.
        await queryRunner.query(`CREATE INDEX "stories_published_idx" ON "stories" ("published_at", "id") WHERE status = 'APPROVED' AND deleted_at IS NULL`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "stories_published_idx"`);
        await queryRunner.query(`DROP INDEX "stories_hashtags_idx"`);
        await queryRunner.query(`DROP INDEX "stories_search_idx"`);
        await queryRunner.query(`DROP TRIGGER stories_set_search_text ON "stories"`);
        await queryRunner.query(`DROP FUNCTION stories_set_search_text()`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "search_text"`);
        await queryRunner.query(`DROP FUNCTION story_search_text(text, text)`);
    }
};
