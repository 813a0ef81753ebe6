/**
 * Generated for the column; the trigger and the backfill are written by hand. Hashtags as people
 * write them here: `#tag` (or full-width `＃tag`) ended by a space or punctuation, or the Weibo
 * style `#话题#`; lower-cased, each once per story.
 *
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class StoryHashtags1795593525980 {
    name = 'StoryHashtags1795593525980';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "stories" ADD "hashtags" text array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`CREATE FUNCTION story_hashtags(body text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT lower(m[1])), '{}')
    FROM regexp_matches(body, '[#＃]([^[:space:]#＃,.!?;:，。！？、；：()（）【】"“”]+)', 'g') AS m
$$`);
        await queryRunner.query(`CREATE FUNCTION stories_set_hashtags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.hashtags := story_hashtags(NEW.body);
  RETURN NEW;
END
$$`);
        await queryRunner.query(`CREATE TRIGGER stories_set_hashtags BEFORE INSERT OR UPDATE OF body ON "stories" FOR EACH ROW EXECUTE FUNCTION stories_set_hashtags()`);
        await queryRunner.query(`UPDATE "stories" SET "hashtags" = story_hashtags("body")`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TRIGGER stories_set_hashtags ON "stories"`);
        await queryRunner.query(`DROP FUNCTION stories_set_hashtags()`);
        await queryRunner.query(`DROP FUNCTION story_hashtags(text)`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "hashtags"`);
    }
};
