/**
 * Written by hand: what the entity decorators cannot express.
 * - The all-time leaderboard orders by likes DESC, then the story published first: mixed
 *   directions need their own index (the entity marks it synchronize: false).
 * - The moderation log is append-only: a trigger refuses UPDATE and DELETE on it.
 *
 * @typedef {import('typeorm').MigrationInterface} MigrationInterface
 * @typedef {import('typeorm').QueryRunner} QueryRunner
 */

/** @implements {MigrationInterface} */
module.exports = class AuditLogAndLeaderboardIndex1795588900000 {
    name = 'AuditLogAndLeaderboardIndex1795588900000';

    /** @param {QueryRunner} queryRunner */
    async up(queryRunner) {
        await queryRunner.query(`CREATE INDEX "stories_leaderboard_idx" ON "stories" ("campaign_id", "like_count" DESC, "published_at" ASC, "id" ASC) WHERE status = 'APPROVED' AND deleted_at IS NULL`);
        await queryRunner.query(`CREATE FUNCTION moderation_actions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'moderation_actions is append-only';
END
$$`);
        await queryRunner.query(`CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON "moderation_actions" FOR EACH ROW EXECUTE FUNCTION moderation_actions_append_only()`);
    }

    /** @param {QueryRunner} queryRunner */
    async down(queryRunner) {
        await queryRunner.query(`DROP TRIGGER moderation_actions_append_only ON "moderation_actions"`);
        await queryRunner.query(`DROP FUNCTION moderation_actions_append_only()`);
        await queryRunner.query(`DROP INDEX "stories_leaderboard_idx"`);
    }
};
