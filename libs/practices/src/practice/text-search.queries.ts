import type { Queryable } from '@app/core';

/** Words shorter than this are never corrected: too many near spellings to mean anything. */
export const MIN_CORRECTED_CHARS = 4;

/** Trigram similarity from which a vocabulary word counts as a near spelling of a query word. */
export const MIN_SIMILARITY = 0.4;

/** Near spellings kept per word (distinct stems). */
export const MAX_VARIANTS = 3;

/** Every synonym pair (table search_synonym, shipped by a migration). */
export function synonymPairs(db: Queryable): Promise<Array<{ term: string; alternative: string }>> {
  return db.query(`SELECT "term", "alternative" FROM search_synonym`);
}

/** A near spelling of the query word at (1-based) position `i`. */
export interface NearSpelling {
  i: number;
  word: string;
  lexeme: string;
  sim: number;
}

/**
 * Near spellings of the query `words` that no indexed text holds; `prefixes` says whether each is
 * the query's last word (a prefix of stems of 4 letters or more, as `search_tsquery` reads it). A
 * word is known when its stem is in the vocabulary (or, as a prefix, starts one); stopwords (no
 * stem) are known. Unknown words get the vocabulary's words nearest by trigram distance (GiST
 * index) with at least MIN_SIMILARITY, best first.
 */
export function nearSpellings(db: Queryable, words: string[], prefixes: boolean[]): Promise<NearSpelling[]> {
  return db.query(VARIANTS_SQL, [words, prefixes, MIN_SIMILARITY]);
}

const VARIANTS_SQL = `
SELECT u.i::int AS i, v."word", v."lexeme", v.sim
FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS u(word, prefix, i)
CROSS JOIN LATERAL (SELECT search_word_lexeme(u.word) AS lexeme) l
CROSS JOIN LATERAL (
  SELECT s."word", s."lexeme", similarity(immutable_unaccent(s."word"), immutable_unaccent(u.word))::float8 AS sim
  FROM search_word s
  WHERE l.lexeme <> '' AND s."lexeme" <> ''
    AND NOT EXISTS (
      SELECT 1 FROM search_word k
      WHERE k."lexeme" = l.lexeme
         OR (u.prefix AND char_length(l.lexeme) >= 4 AND k."lexeme" LIKE l.lexeme || '%'))
  ORDER BY immutable_unaccent(s."word") <-> immutable_unaccent(u.word)
  LIMIT 12
) v
WHERE v.sim >= $3
ORDER BY u.i, v.sim DESC, v."word"`;

/**
 * The relevance of a document `vector` (SQL expressions; `exact` and `segments` NULL for an
 * exact query). Exact query: ts_rank. Relaxed query: a point for holding the words as typed,
 * a point per query segment held (partial matches), plus ts_rank normalised below 1 (flag 32),
 * so that every level ranks above the next: all words above some words, as typed above near
 * spellings.
 */
export function relevanceSql(vector: string, tsquery: string, exact: string, segments: string): string {
  return `(CASE WHEN ${exact} IS NULL AND ${segments} IS NULL THEN ts_rank(${vector}, ${tsquery})
    ELSE (CASE WHEN ${exact} IS NOT NULL AND ${vector} @@ ${exact} THEN 1 ELSE 0 END)
       + (SELECT count(*) FROM unnest(${segments}) AS segment WHERE ${vector} @@ segment)
       + ts_rank(${vector}, ${tsquery}, 32) END)::float8`;
}
