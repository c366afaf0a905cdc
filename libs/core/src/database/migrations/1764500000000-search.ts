import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Italian full-text search over threads (title + opening post), posts and members,
 * beside the practice vector created with the catalogue. Accent-insensitive
 * (`italian_unaccent`), weighted (titles and names A, bodies B/C), GIN-indexed;
 * trigram indexes on titles and names catch typos.
 */
export class Search1764500000000 implements MigrationInterface {
  name = 'Search1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE post ADD COLUMN "searchVector" tsvector
        GENERATED ALWAYS AS (to_tsvector('italian_unaccent', "body")) STORED`);
    await q.query(`CREATE INDEX "IDX_post_search" ON post USING gin ("searchVector")`);

    // A thread's vector spans two tables (its title and its opening post): kept by triggers.
    await q.query(`ALTER TABLE thread ADD COLUMN "searchVector" tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`
      CREATE FUNCTION thread_search_vector(thread_title text, thread_id uuid) RETURNS tsvector
      LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('italian_unaccent', coalesce(thread_title, '')), 'A') ||
               setweight(coalesce((SELECT to_tsvector('italian_unaccent', p."body") FROM post p
                                   WHERE p."threadId" = thread_id AND p."opening"
                                   ORDER BY p."createdAt" LIMIT 1), ''::tsvector), 'B')
      $$`);
    await q.query(`
      CREATE FUNCTION thread_search_on_thread() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW."searchVector" := thread_search_vector(NEW."title", NEW."id");
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_thread_search" BEFORE INSERT OR UPDATE OF "title" ON thread
      FOR EACH ROW EXECUTE FUNCTION thread_search_on_thread()`);
    await q.query(`
      CREATE FUNCTION thread_search_on_post() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD."threadId" <> NEW."threadId" THEN
          UPDATE thread SET "searchVector" = thread_search_vector("title", "id") WHERE "id" = OLD."threadId";
        END IF;
        IF NEW."opening" OR (TG_OP = 'UPDATE' AND OLD."opening") THEN
          UPDATE thread SET "searchVector" = thread_search_vector("title", "id") WHERE "id" = NEW."threadId";
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_post_thread_search" AFTER INSERT OR UPDATE OF "body", "opening", "threadId" ON post
      FOR EACH ROW EXECUTE FUNCTION thread_search_on_post()`);
    await q.query(`UPDATE thread SET "searchVector" = thread_search_vector("title", "id")`);
    await q.query(`CREATE INDEX "IDX_thread_search" ON thread USING gin ("searchVector")`);
    await q.query(`CREATE INDEX "IDX_thread_title_trgm" ON thread USING gin (lower(immutable_unaccent("title")) gin_trgm_ops)`);

    await q.query(`
      ALTER TABLE member ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('italian_unaccent', coalesce("displayName", '')), 'A') ||
        setweight(to_tsvector('simple', coalesce("handle", '')), 'A') ||
        setweight(to_tsvector('italian_unaccent', coalesce("jobTitle", '')), 'B') ||
        setweight(to_tsvector('italian_unaccent', coalesce("bio", '')), 'C')
      ) STORED`);
    await q.query(`CREATE INDEX "IDX_member_search" ON member USING gin ("searchVector")`);
    await q.query(`CREATE INDEX "IDX_member_name_trgm" ON member USING gin (lower(immutable_unaccent("displayName")) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_member_name_trgm"`);
    await q.query(`ALTER TABLE member DROP COLUMN "searchVector"`);
    await q.query(`DROP TRIGGER "TRG_post_thread_search" ON post`);
    await q.query(`DROP TRIGGER "TRG_thread_search" ON thread`);
    await q.query(`DROP FUNCTION thread_search_on_post()`);
    await q.query(`DROP FUNCTION thread_search_on_thread()`);
    await q.query(`DROP FUNCTION thread_search_vector(text, uuid)`);
    await q.query(`DROP INDEX "IDX_thread_title_trgm"`);
    await q.query(`ALTER TABLE thread DROP COLUMN "searchVector"`);
    await q.query(`ALTER TABLE post DROP COLUMN "searchVector"`);
  }
}
