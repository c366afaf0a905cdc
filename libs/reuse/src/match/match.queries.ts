import type { Queryable } from '@app/core';
import type { Theme } from '@app/members';
import { KIND_GROUP_ROWS, MATCH_TUNING, MATCH_WEIGHTS, type MatchRow } from './match-weights.js';

export interface MatchQuery {
  text: string;
  themes: Theme[];
  /** The needing administration: its own practices are left out, its kind weighs the similarity. */
  administrationId: string | null;
  limit: number;
}

/**
 * Ranks the PUBLISHED practices for a need, in one statement (PostgreSQL alone, no other engine).
 * Each signal is computed in 0..1 and the score is their sum weighted by MATCH_WEIGHTS:
 * - text: the need's words (Italian stems, each weighted by its rarity in the catalogue, idf)
 *   found in the practice's record (full in title, summary and tags; `bodyWordFactor` in the
 *   description and technologies) or only in its documents' text (`documentWordFactor`), as a share
 *   of all the need's weighted words, to the power `textExponent`;
 * - themes: the share of the need's themes the practice has;
 * - adoptions, twinnings: verified IN_USE adoptions and COMPLETED twinnings, on a log curve;
 * - similarity: 1 when the offering or an adopting (PILOT, IN_USE) administration is of the needing
 *   one's kind, 0.5 of its group (see KIND_GROUPS);
 * - recency: halves every `recencyHalfLifeDays` since the practice was last updated.
 * A practice sharing neither a word nor a theme is no match.
 */
export function matchPractices(db: Queryable, q: MatchQuery): Promise<MatchRow[]> {
  const w = MATCH_WEIGHTS;
  const t = MATCH_TUNING;
  return db.query(MATCH_SQL, [
    q.text,
    q.themes,
    q.administrationId,
    q.limit,
    [w.text, w.themes, w.adoptions, w.twinnings, w.similarity, w.recency],
    [t.textExponent, t.documentWordFactor, t.bodyWordFactor, t.adoptionsFull, t.twinningsFull, t.recencyHalfLifeDays],
    KIND_GROUP_ROWS.kinds,
    KIND_GROUP_ROWS.groups,
  ]);
}

const MATCH_SQL = `
WITH
need_word AS (
  SELECT DISTINCT ON (x.lexeme) x.lexeme, x.word
    FROM (SELECT w.word, w.i, (tsvector_to_array(to_tsvector('italian_unaccent', w.word)))[1] AS lexeme
            FROM regexp_split_to_table(left($1::text, 20000), '[^[:alnum:]]+') WITH ORDINALITY AS w(word, i)
           WHERE char_length(w.word) >= 3) x
   WHERE x.lexeme IS NOT NULL AND char_length(x.lexeme) >= 3
   ORDER BY x.lexeme, x.i
   LIMIT 300
),
catalogue AS (SELECT count(*)::float8 AS n FROM practice WHERE "status" = 'PUBLISHED'),
term AS (
  SELECT nw.lexeme, nw.word, quote_literal(nw.lexeme)::tsquery AS q, (quote_literal(nw.lexeme) || ':AB')::tsquery AS qab,
         ln(1 + c.n / (1 + (SELECT count(*) FROM practice p WHERE p."status" = 'PUBLISHED' AND p."searchVector" @@ quote_literal(nw.lexeme)::tsquery))) AS idf
    FROM need_word nw, catalogue c
),
total AS (SELECT coalesce(sum(idf), 0) AS idf FROM term),
need_admin AS (
  SELECT a."kind", g.grp FROM administration a
    JOIN unnest($7::text[], $8::text[]) AS g(kind, grp) ON g.kind = a."kind"
   WHERE a."id" = $3::uuid
),
candidate AS (
  SELECT p."id", p."themes", p."offeringAdministrationId", p."updatedAt", p."searchVector"
    FROM practice p
   WHERE p."status" = 'PUBLISHED' AND p."offeringAdministrationId" IS DISTINCT FROM $3::uuid
),
hit AS (
  SELECT c."id" AS "practiceId", tm.lexeme, tm.word, tm.idf,
         CASE WHEN c."searchVector" @@ tm.qab THEN 1.0 ELSE ($6::float8[])[3] END AS factor
    FROM candidate c JOIN term tm ON c."searchVector" @@ tm.q
  UNION ALL
  SELECT DISTINCT d."practiceId", tm.lexeme, tm.word, tm.idf, ($6::float8[])[2]
    FROM document d JOIN term tm ON d."searchVector" @@ tm.q
   WHERE d."practiceId" IN (SELECT "id" FROM candidate)
),
text_score AS (
  SELECT h."practiceId", sum(h.best) AS matched,
         (array_agg(h.word ORDER BY h.idf DESC, h.word))[1:6] AS words
    FROM (SELECT "practiceId", lexeme, word, idf, max(idf * factor) AS best FROM hit GROUP BY "practiceId", lexeme, word, idf) h
   GROUP BY h."practiceId"
),
scored AS (
  SELECT c."id" AS "practiceId",
         CASE WHEN tot.idf > 0 THEN least(1, power(coalesce(ts.matched, 0) / tot.idf, ($6::float8[])[1])) ELSE 0 END AS text,
         ARRAY(SELECT th FROM unnest(c."themes") th WHERE th = ANY($2::text[]) ORDER BY th) AS "sharedThemes",
         coalesce(ts.words, '{}') AS words,
         (SELECT count(*) FROM adoption ad WHERE ad."practiceId" = c."id" AND ad."stage" = 'IN_USE' AND ad."verifiedById" IS NOT NULL)::int AS "adoptionsInUse",
         (SELECT count(*) FROM twinning tw WHERE tw."practiceId" = c."id" AND tw."status" = 'COMPLETED')::int AS "completedTwinnings",
         sim.kind AS "similarKind", coalesce(sim.adopter, false) AS "similarIsAdopter", coalesce(sim.value, 0) AS similarity,
         power(0.5, greatest(0, extract(epoch FROM now() - c."updatedAt") / 86400) / ($6::float8[])[6]) AS recency
    FROM candidate c
    CROSS JOIN total tot
    LEFT JOIN text_score ts ON ts."practiceId" = c."id"
    LEFT JOIN LATERAL (
      SELECT a."kind", s.adopter, CASE WHEN a."kind" = na."kind" THEN 1.0 ELSE 0.5 END AS value
        FROM need_admin na,
             (SELECT c."offeringAdministrationId" AS "administrationId", false AS adopter
              UNION ALL
              SELECT ad."administrationId", true FROM adoption ad
               WHERE ad."practiceId" = c."id" AND ad."stage" IN ('PILOT', 'IN_USE')) s
        JOIN administration a ON a."id" = s."administrationId"
        JOIN unnest($7::text[], $8::text[]) AS g(kind, grp) ON g.kind = a."kind"
       WHERE g.grp = na.grp
       ORDER BY (a."kind" = na."kind") DESC, s.adopter DESC
       LIMIT 1
    ) sim ON true
   WHERE ts."practiceId" IS NOT NULL OR c."themes" && $2::text[]
),
signal AS (
  SELECT s.*,
         CASE WHEN cardinality($2::text[]) > 0 THEN cardinality(s."sharedThemes")::float8 / cardinality($2::text[]) ELSE 0 END AS themes,
         least(1, ln(1 + s."adoptionsInUse") / ln(1 + ($6::float8[])[4])) AS adoptions,
         least(1, ln(1 + s."completedTwinnings") / ln(1 + ($6::float8[])[5])) AS twinnings
    FROM scored s
)
SELECT s."practiceId", s.text::float8, s.themes::float8, s.adoptions::float8, s.twinnings::float8, s.similarity::float8, s.recency::float8,
       s.words, s."sharedThemes", s."adoptionsInUse", s."completedTwinnings", s."similarKind", s."similarIsAdopter",
       round((($5::float8[])[1] * s.text + ($5::float8[])[2] * s.themes + ($5::float8[])[3] * s.adoptions + ($5::float8[])[4] * s.twinnings + ($5::float8[])[5] * s.similarity + ($5::float8[])[6] * s.recency)::numeric, 4)::float8 AS score
  FROM signal s
 ORDER BY score DESC, s."practiceId"
 LIMIT $4`;
