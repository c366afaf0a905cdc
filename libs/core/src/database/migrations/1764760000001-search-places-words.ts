import type { MigrationInterface, QueryRunner } from 'typeorm';
import { learnWords } from './search-words.js';

/** The text of each indexed row whose words feed the vocabulary (`n` is the row). */
const WORD_SOURCES: Record<string, string> = {
  post: `n."body"`,
  thread: `n."title"`,
  practice: `concat_ws(' ', n."title", n."summary", n."description", immutable_array_to_string(n."tags"), immutable_array_to_string(n."technologies"))`,
  member: `concat_ws(' ', n."displayName", n."jobTitle", n."bio")`,
  administration: `n."name"`,
};


const OLD_PRACTICE_VECTOR = `
  setweight(to_tsvector('italian_unaccent', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('italian_unaccent', coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string("tags"), '')), 'B') ||
  setweight(to_tsvector('italian_unaccent', coalesce("description", '')), 'C') ||
  setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string("technologies"), '')), 'D')`;

/**
 * Search by place and by word.
 *
 * - A practice's vector also holds its offering administration: the name (weight B, below the
 *   title) and the province and region names (C). It spans two tables, so triggers keep it: on
 *   the practice, and on the administration when its name, region or province changes.
 * - `search_tsquery` is the query side: `to_tsquery` whose prefix matches need a stem of at
 *   least 4 letters.
 * - `html_to_text` turns sanitised HTML (the stored *Html renderings) into plain text, for
 *   snippets that show neither Markdown marks nor link targets.
 * - `search_word` is the vocabulary of every indexed text (words of 3 to 40 letters, lower case,
 *   with their Italian stem), kept by statement triggers on the indexed tables, for typo
 *   tolerance and "forse cercavi" by trigram similarity. Insert-only and without a unique index,
 *   so concurrent writers never wait on each other for it (a rare duplicate is harmless); words
 *   of deleted or hidden text may stay, so a suggestion is only offered when it finds results
 *   the viewer may see.
 */
export class SearchPlacesWords1764760000001 implements MigrationInterface {
  name = 'SearchPlacesWords1764760000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION html_to_text(html text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT replace(replace(replace(replace(replace(replace(replace(
          regexp_replace(
            regexp_replace(html, '</?(p|br|hr|h[1-6]|blockquote|pre|ul|ol|li|table|thead|tbody|tr|th|td|img)([[:space:]/][^>]*)?>', ' ', 'gi'),
            '</?[a-zA-Z][^>]*(>|$)', '', 'g'),
          '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&nbsp;', ' '), '&amp;', '&')
      $$`);

    // The query side: a word typed last is a prefix of stems, but a stem under 4 letters is not
    // ("bari" stems to "bar", whose prefix would find "barcellona").
    await q.query(`
      CREATE FUNCTION search_tsquery(query text) RETURNS tsquery
      LANGUAGE sql STABLE PARALLEL SAFE STRICT AS $$
        SELECT regexp_replace(to_tsquery('italian_unaccent', query)::text, '''([^'']{1,3})'':[*]', '''\\1''', 'g')::tsquery
      $$`);

    // A practice's vector with its administration's places.
    await q.query(`
      CREATE FUNCTION practice_search_vector(title text, summary text, tags text[], description text, technologies text[], administration_id uuid)
      RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('italian_unaccent', coalesce(title, '')), 'A') ||
               setweight(to_tsvector('italian_unaccent', coalesce(summary, '')), 'B') ||
               setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string(tags), '')), 'B') ||
               setweight(to_tsvector('italian_unaccent', coalesce(description, '')), 'C') ||
               setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string(technologies), '')), 'D') ||
               coalesce((SELECT setweight(to_tsvector('italian_unaccent', a."name"), 'B') ||
                                setweight(to_tsvector('italian_unaccent', concat_ws(' ', pv."name", replace(a."region", '_', ' '))), 'C')
                         FROM administration a LEFT JOIN province pv ON pv."code" = a."province"
                         WHERE a."id" = administration_id), ''::tsvector)
      $$`);
    await q.query(`ALTER TABLE practice DROP COLUMN "searchVector"`);
    await q.query(`ALTER TABLE practice ADD COLUMN "searchVector" tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`
      CREATE FUNCTION practice_search_on_practice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW."searchVector" := practice_search_vector(NEW."title", NEW."summary", NEW."tags", NEW."description", NEW."technologies", NEW."offeringAdministrationId");
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_practice_search" BEFORE INSERT OR UPDATE OF "title", "summary", "tags", "description", "technologies", "offeringAdministrationId"
      ON practice FOR EACH ROW EXECUTE FUNCTION practice_search_on_practice()`);
    await q.query(`
      CREATE FUNCTION practice_search_on_administration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice p
        SET "searchVector" = practice_search_vector(p."title", p."summary", p."tags", p."description", p."technologies", p."offeringAdministrationId")
        WHERE p."offeringAdministrationId" = NEW."id";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_administration_practice_search" AFTER UPDATE OF "name", "region", "province" ON administration
      FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."region" IS DISTINCT FROM NEW."region" OR OLD."province" IS DISTINCT FROM NEW."province")
      EXECUTE FUNCTION practice_search_on_administration()`);
    await q.query(`
      UPDATE practice SET "searchVector" = practice_search_vector("title", "summary", "tags", "description", "technologies", "offeringAdministrationId")`);
    await q.query(`CREATE INDEX "IDX_practice_search" ON practice USING gin ("searchVector")`);

    // The vocabulary.
    await q.query(`
      CREATE TABLE search_word (
        "word" text NOT NULL,
        "lexeme" text NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_search_word_word" ON search_word ("word")`);
    await q.query(`CREATE INDEX "IDX_search_word_lexeme" ON search_word ("lexeme" text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_search_word_trgm" ON search_word USING gist (immutable_unaccent("word") gist_trgm_ops)`);
    await q.query(`
      CREATE FUNCTION search_words(doc text) RETURNS SETOF text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT DISTINCT lower(token) FROM ts_parse('default', coalesce(doc, ''))
        WHERE tokid IN (1, 2, 10, 11) AND char_length(token) BETWEEN 3 AND 40
      $$`);
    await q.query(`
      CREATE FUNCTION search_word_lexeme(word text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(min(lexeme), '') FROM unnest(to_tsvector('italian_unaccent', word))
      $$`);
    for (const [table, doc] of Object.entries(WORD_SOURCES)) {
      await q.query(`
        CREATE FUNCTION ${table}_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            ${learnWords(doc, 'new_rows n')};
          ELSE
            ${learnWords(doc, `new_rows n JOIN old_rows o ON o."id" = n."id" AND (${doc}) IS DISTINCT FROM (${doc.replaceAll('n."', 'o."')})`)};
          END IF;
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER "TRG_${table}_search_words_insert" AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_search_words()`);
      await q.query(`
        CREATE TRIGGER "TRG_${table}_search_words_update" AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_search_words()`);
      await q.query(learnWords(doc, `${table} n`));
    }
    await q.query(learnWords(`n."name" || ' ' || replace(n."region", '_', ' ')`, 'province n'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(WORD_SOURCES)) {
      await q.query(`DROP TRIGGER "TRG_${table}_search_words_update" ON ${table}`);
      await q.query(`DROP TRIGGER "TRG_${table}_search_words_insert" ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_search_words()`);
    }
    await q.query(`DROP FUNCTION search_word_lexeme(text)`);
    await q.query(`DROP FUNCTION search_words(text)`);
    await q.query(`DROP TABLE search_word`);

    await q.query(`DROP TRIGGER "TRG_administration_practice_search" ON administration`);
    await q.query(`DROP FUNCTION practice_search_on_administration()`);
    await q.query(`DROP TRIGGER "TRG_practice_search" ON practice`);
    await q.query(`DROP FUNCTION practice_search_on_practice()`);
    await q.query(`ALTER TABLE practice DROP COLUMN "searchVector"`);
    await q.query(`ALTER TABLE practice ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (${OLD_PRACTICE_VECTOR}) STORED`);
    await q.query(`CREATE INDEX "IDX_practice_search" ON practice USING gin ("searchVector")`);
    await q.query(`DROP FUNCTION practice_search_vector(text, text, text[], text, text[], uuid)`);
    await q.query(`DROP FUNCTION search_tsquery(text)`);
    await q.query(`DROP FUNCTION html_to_text(text)`);
  }
}
