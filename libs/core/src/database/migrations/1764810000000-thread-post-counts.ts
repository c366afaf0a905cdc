import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A thread's post counts kept in its row, so that no page counts posts: `postCount` counts the
 * posts that are not hidden (what members see of a thread they may see), `hiddenPostCount` the
 * hidden ones (moderators see both). Triggers on `post` keep them in the transaction of every write
 * (replies, hiding, merges, fixtures alike): inserts and deletes per statement, one grouped update
 * of the threads concerned; updates per row, only when `hidden` or `threadId` changed. The atomic
 * `+`/`-` under the thread row's lock keeps them exact under concurrent writers.
 */
export class ThreadPostCounts1764810000000 implements MigrationInterface {
  name = 'ThreadPostCounts1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread ADD COLUMN "postCount" int NOT NULL DEFAULT 0, ADD COLUMN "hiddenPostCount" int NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION thread_post_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE thread t SET "postCount" = t."postCount" + d.shown, "hiddenPostCount" = t."hiddenPostCount" + d.hidden
        FROM (SELECT "threadId", count(*) FILTER (WHERE NOT "hidden") AS shown, count(*) FILTER (WHERE "hidden") AS hidden
              FROM new_posts GROUP BY 1) d
        WHERE t."id" = d."threadId";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION thread_post_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE thread t SET "postCount" = t."postCount" - d.shown, "hiddenPostCount" = t."hiddenPostCount" - d.hidden
        FROM (SELECT "threadId", count(*) FILTER (WHERE NOT "hidden") AS shown, count(*) FILTER (WHERE "hidden") AS hidden
              FROM old_posts GROUP BY 1) d
        WHERE t."id" = d."threadId";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION thread_post_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE thread SET "postCount" = "postCount" - (NOT OLD."hidden")::int, "hiddenPostCount" = "hiddenPostCount" - OLD."hidden"::int
        WHERE "id" = OLD."threadId";
        UPDATE thread SET "postCount" = "postCount" + (NOT NEW."hidden")::int, "hiddenPostCount" = "hiddenPostCount" + NEW."hidden"::int
        WHERE "id" = NEW."threadId";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_counts_insert" AFTER INSERT ON post
      REFERENCING NEW TABLE AS new_posts FOR EACH STATEMENT EXECUTE FUNCTION thread_post_counts_on_insert()`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_counts_delete" AFTER DELETE ON post
      REFERENCING OLD TABLE AS old_posts FOR EACH STATEMENT EXECUTE FUNCTION thread_post_counts_on_delete()`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_counts_update" AFTER UPDATE OF "hidden", "threadId" ON post
      FOR EACH ROW WHEN (OLD."hidden" IS DISTINCT FROM NEW."hidden" OR OLD."threadId" IS DISTINCT FROM NEW."threadId")
      EXECUTE FUNCTION thread_post_counts_on_update()`);
    await q.query(`
      UPDATE thread t SET "postCount" = c.shown, "hiddenPostCount" = c.hidden
      FROM (SELECT "threadId", count(*) FILTER (WHERE NOT "hidden") AS shown, count(*) FILTER (WHERE "hidden") AS hidden
            FROM post GROUP BY 1) c
      WHERE t."id" = c."threadId"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_post_thread_counts_update" ON post`);
    await q.query(`DROP TRIGGER "TRG_post_thread_counts_delete" ON post`);
    await q.query(`DROP TRIGGER "TRG_post_thread_counts_insert" ON post`);
    await q.query(`DROP FUNCTION thread_post_counts_on_update()`);
    await q.query(`DROP FUNCTION thread_post_counts_on_delete()`);
    await q.query(`DROP FUNCTION thread_post_counts_on_insert()`);
    await q.query(`ALTER TABLE thread DROP COLUMN "hiddenPostCount", DROP COLUMN "postCount"`);
  }
}
