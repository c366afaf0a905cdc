import type { MigrationInterface, QueryRunner } from 'typeorm';
import { learnWords } from './search-words.js';


/**
 * Documents in the Italian full-text search: a document's vector holds its title (A), its
 * current version's file name (B) and the text extracted from that file (C); the application
 * recomputes it when the title, the version or the extracted text changes. The words of titles
 * and extracted texts join the vocabulary of "forse cercavi", like the other indexed texts.
 */
export class DocumentSearch1764790000003 implements MigrationInterface {
  name = 'DocumentSearch1764790000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION document_search_vector(title text, file_name text, body text) RETURNS tsvector
      LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('italian_unaccent', coalesce(title, '')), 'A') ||
               setweight(to_tsvector('italian_unaccent', regexp_replace(coalesce(file_name, ''), '[._-]+', ' ', 'g')), 'B') ||
               setweight(to_tsvector('italian_unaccent', coalesce(body, '')), 'C')
      $$`);
    await q.query(`ALTER TABLE document ADD COLUMN "searchVector" tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`CREATE INDEX "IDX_document_search" ON document USING gin ("searchVector")`);
    await q.query(`CREATE INDEX "IDX_document_version_pending_text" ON document_version ("createdAt") WHERE "textExtractedAt" IS NULL`);

    await q.query(`
      CREATE FUNCTION document_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${learnWords('n."title"', 'new_rows n')};
        ELSE
          ${learnWords('n."title"', 'new_rows n JOIN old_rows o ON o."id" = n."id" AND n."title" IS DISTINCT FROM o."title"')};
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_document_search_words_insert" AFTER INSERT ON document
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_search_words()`);
    await q.query(`
      CREATE TRIGGER "TRG_document_search_words_update" AFTER UPDATE ON document
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_search_words()`);
    await q.query(`
      CREATE FUNCTION document_version_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${learnWords('n."text"', 'new_rows n JOIN old_rows o ON o."id" = n."id" AND n."text" IS DISTINCT FROM o."text"')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_document_version_search_words_update" AFTER UPDATE ON document_version
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_version_search_words()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_document_version_search_words_update" ON document_version`);
    await q.query(`DROP FUNCTION document_version_search_words()`);
    await q.query(`DROP TRIGGER "TRG_document_search_words_update" ON document`);
    await q.query(`DROP TRIGGER "TRG_document_search_words_insert" ON document`);
    await q.query(`DROP FUNCTION document_search_words()`);
    await q.query(`DROP INDEX "IDX_document_version_pending_text"`);
    await q.query(`DROP INDEX "IDX_document_search"`);
    await q.query(`ALTER TABLE document DROP COLUMN "searchVector"`);
    await q.query(`DROP FUNCTION document_search_vector(text, text, text)`);
  }
}
