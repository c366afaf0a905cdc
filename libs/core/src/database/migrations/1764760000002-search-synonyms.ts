import type { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceSynonyms } from './data/pa-synonyms.js';

/**
 * Synonyms and acronyms of the Italian public administration (./data/pa-synonyms.ts)
 * as (term, alternative) pairs: a query holding `term` also finds `alternative`. Plain SQL data
 * rather than a thesaurus dictionary, which would need files in the server's tsearch_data folder
 * (out of reach on a managed server and inside node_modules for the embedded one); the query
 * builder reads the table and ORs each alternative into the query.
 */
export class SearchSynonyms1764760000002 implements MigrationInterface {
  name = 'SearchSynonyms1764760000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_synonym (
        "term" text NOT NULL,
        "alternative" text NOT NULL,
        CONSTRAINT "PK_search_synonym" PRIMARY KEY ("term", "alternative")
      )`);
    await replaceSynonyms(q);
    // Their words join the vocabulary, so "forse cercavi" can suggest an acronym.
    await q.query(`
      INSERT INTO search_word ("word", "lexeme")
      SELECT x.w, search_word_lexeme(x.w)
      FROM (SELECT DISTINCT w FROM (SELECT "term" AS t FROM search_synonym UNION SELECT "alternative" FROM search_synonym) s, LATERAL search_words(s.t) AS w) x
      WHERE NOT EXISTS (SELECT 1 FROM search_word sw WHERE sw."word" = x.w)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_synonym`);
  }
}
