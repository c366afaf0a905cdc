import type { MigrationInterface, QueryRunner } from 'typeorm';

const VECTOR_WITH_HIDDEN_OPENING = `
  SELECT setweight(to_tsvector('italian_unaccent', coalesce(thread_title, '')), 'A') ||
         setweight(coalesce((SELECT to_tsvector('italian_unaccent', p."body") FROM post p
                             WHERE p."threadId" = thread_id AND p."opening"
                             ORDER BY p."createdAt" LIMIT 1), ''::tsvector), 'B')`;

/**
 * A thread's stored search vector holds only what every reader may see: its title,
 * and its opening post unless that post is hidden. Hiding or restoring the opening
 * post recomputes the vector in the same statement (the post trigger now fires on
 * "hidden" too). Moderators, who see hidden posts, match them through the partial
 * index on hidden opening posts.
 */
export class SearchVisibility1764700000000 implements MigrationInterface {
  name = 'SearchVisibility1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION thread_search_vector(thread_title text, thread_id uuid) RETURNS tsvector
      LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('italian_unaccent', coalesce(thread_title, '')), 'A') ||
               setweight(coalesce((SELECT CASE WHEN p."hidden" THEN NULL ELSE p."searchVector" END FROM post p
                                   WHERE p."threadId" = thread_id AND p."opening"
                                   ORDER BY p."createdAt" LIMIT 1), ''::tsvector), 'B')
      $$`);
    await q.query(`DROP TRIGGER "TRG_post_thread_search" ON post`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_search" AFTER INSERT OR UPDATE OF "body", "opening", "threadId", "hidden" ON post
      FOR EACH ROW EXECUTE FUNCTION thread_search_on_post()`);
    await q.query(`CREATE INDEX "IDX_post_hidden_opening" ON post ("threadId") WHERE "opening" AND "hidden"`);
    await q.query(`
      UPDATE thread SET "searchVector" = thread_search_vector("title", "id")
      WHERE "id" IN (SELECT "threadId" FROM post WHERE "opening" AND "hidden")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_post_hidden_opening"`);
    await q.query(`DROP TRIGGER "TRG_post_thread_search" ON post`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_search" AFTER INSERT OR UPDATE OF "body", "opening", "threadId" ON post
      FOR EACH ROW EXECUTE FUNCTION thread_search_on_post()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION thread_search_vector(thread_title text, thread_id uuid) RETURNS tsvector
      LANGUAGE sql STABLE AS $$${VECTOR_WITH_HIDDEN_OPENING}
      $$`);
    await q.query(`
      UPDATE thread SET "searchVector" = thread_search_vector("title", "id")
      WHERE "id" IN (SELECT "threadId" FROM post WHERE "opening" AND "hidden")`);
  }
}
