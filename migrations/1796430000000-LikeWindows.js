/**
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/**
 * DAY and WEEK leaderboards kept incrementally (backend leaderboards/like-windows.ts): each
 * story's counted likes per UTC hour in story_like_hours, kept by a trigger on story_likes so that
 * every way a like comes or goes (liked, unliked, voided, deleted with its story or its liker)
 * moves it; the windows' counts rolled up on stories, with an index per board order.
 * The trigger spreads a story's hour over 16 shards (as story_stat_shards does) so that a viral
 * story's likes do not queue on one row. Existing likes of the last 8 days are counted in.
 *
 * @implements {MigrationInterface}
 */
module.exports = class LikeWindows1796430000000 {
    name = 'LikeWindows1796430000000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE TABLE "story_like_hours" ("story_id" uuid NOT NULL, "hour" TIMESTAMP WITH TIME ZONE NOT NULL, "shard" smallint NOT NULL, "likes" integer NOT NULL, CONSTRAINT "PK_c5d2c88d1d150f51319f2ff6e8b" PRIMARY KEY ("story_id", "hour", "shard"))`);
        await queryRunner.query(`CREATE INDEX "story_like_hours_hour_idx" ON "story_like_hours" ("hour") `);
        await queryRunner.query(`ALTER TABLE "stories" ADD "day_like_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "stories" ADD "week_like_count" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`CREATE INDEX "stories_leaderboard_day_idx" ON "stories" ("campaign_id", "day_like_count" DESC, "published_at" ASC, "id" ASC) WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "stories_leaderboard_week_idx" ON "stories" ("campaign_id", "week_like_count" DESC, "published_at" ASC, "id" ASC) WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE FUNCTION story_likes_count_hours() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  liked story_likes;
  delta integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    liked := NEW;
    delta := NEW.counted::int;
  ELSIF TG_OP = 'DELETE' THEN
    liked := OLD;
    delta := -OLD.counted::int;
  ELSE
    liked := NEW;
    delta := NEW.counted::int - OLD.counted::int;
  END IF;
  IF delta <> 0 THEN
    INSERT INTO story_like_hours (story_id, hour, shard, likes)
    VALUES (liked.story_id, date_bin('1 hour', liked.created_at, timestamptz '1970-01-01 00:00:00+00'), floor(random() * 16)::int, delta)
    ON CONFLICT (story_id, hour, shard) DO UPDATE SET likes = story_like_hours.likes + excluded.likes;
  END IF;
  RETURN NULL;
END
$$`);
        await queryRunner.query(`CREATE TRIGGER story_likes_count_hours AFTER INSERT OR DELETE OR UPDATE OF counted ON "story_likes" FOR EACH ROW EXECUTE FUNCTION story_likes_count_hours()`);
        await queryRunner.query(`INSERT INTO story_like_hours (story_id, hour, shard, likes)
            SELECT story_id, date_bin('1 hour', created_at, timestamptz '1970-01-01 00:00:00+00') AS hour, 0, count(*)::int
              FROM story_likes
             WHERE counted AND created_at >= now() - interval '8 days 1 hour'
             GROUP BY 1, 2`);
        await queryRunner.query(`UPDATE stories s
               SET day_like_count = t.day, week_like_count = t.week
              FROM (SELECT story_id,
                           sum(likes) FILTER (WHERE hour >= date_bin('1 hour', now(), timestamptz '1970-01-01 00:00:00+00') - interval '24 hours')::int AS day,
                           sum(likes) FILTER (WHERE hour >= date_bin('1 hour', now(), timestamptz '1970-01-01 00:00:00+00') - interval '7 days')::int AS week
                      FROM story_like_hours GROUP BY story_id) t
             WHERE s.id = t.story_id`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TRIGGER story_likes_count_hours ON "story_likes"`);
        await queryRunner.query(`DROP FUNCTION story_likes_count_hours()`);
        await queryRunner.query(`DROP INDEX "public"."stories_leaderboard_week_idx"`);
        await queryRunner.query(`DROP INDEX "public"."stories_leaderboard_day_idx"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "week_like_count"`);
        await queryRunner.query(`ALTER TABLE "stories" DROP COLUMN "day_like_count"`);
        await queryRunner.query(`DROP INDEX "public"."story_like_hours_hour_idx"`);
        await queryRunner.query(`DROP TABLE "story_like_hours"`);
    }
};
