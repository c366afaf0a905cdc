import { MARK_END, MARK_START } from './snippet.js';

/** Word similarity above which a title or a name counts as a near miss of the query (typos). */
export const TRIGRAM_MIN_CHARS = 4;

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * One ranked page over the four kinds. $1 tsquery, $2 trigram text (null: no near
 * misses), $3 viewer id, $4 viewer moderates, $5 kinds, $6..$8 the keyset cursor
 * (score, kind, id), $9 page size + 1, $10 ts_headline options.
 * Visibility is part of every branch: hidden threads and posts, drafts of others
 * and archived practices never appear to members. Snippets are computed for the
 * page rows only.
 */
export const SEARCH_PAGE_SQL = `
WITH q AS (
  SELECT to_tsquery('italian_unaccent', $1) AS tsq, lower(immutable_unaccent($2::text)) AS trgm
), hits AS (
  SELECT 'THREAD'::text AS kind, t."id",
         (ts_rank(t."searchVector", q.tsq)
          + CASE WHEN q.trgm IS NULL THEN 0 ELSE 0.3 * word_similarity(q.trgm, lower(immutable_unaccent(t."title"))) END)::float8 AS score
  FROM thread t, q
  WHERE 'THREAD' = ANY($5::text[])
    AND (t."searchVector" @@ q.tsq OR (q.trgm IS NOT NULL AND q.trgm <% lower(immutable_unaccent(t."title"))))
    AND ($4::boolean OR NOT t."hidden")
  UNION ALL
  SELECT 'POST', p."id", ts_rank(p."searchVector", q.tsq)::float8
  FROM post p JOIN thread t ON t."id" = p."threadId", q
  WHERE 'POST' = ANY($5::text[])
    AND p."searchVector" @@ q.tsq
    AND NOT p."opening"
    AND ($4::boolean OR (NOT p."hidden" AND NOT t."hidden"))
  UNION ALL
  SELECT 'PRACTICE', pr."id",
         (ts_rank(pr."searchVector", q.tsq)
          + CASE WHEN q.trgm IS NULL THEN 0 ELSE 0.3 * word_similarity(q.trgm, lower(immutable_unaccent(pr."title"))) END)::float8
  FROM practice pr, q
  WHERE 'PRACTICE' = ANY($5::text[])
    AND (pr."searchVector" @@ q.tsq OR (q.trgm IS NOT NULL AND q.trgm <% lower(immutable_unaccent(pr."title"))))
    AND (pr."status" = 'PUBLISHED'
         OR (pr."status" = 'DRAFT' AND ($4::boolean OR EXISTS (
               SELECT 1 FROM practice_contact c WHERE c."practiceId" = pr."id" AND c."memberId" = $3::uuid))))
  UNION ALL
  SELECT 'MEMBER', m."id",
         (ts_rank(m."searchVector", q.tsq)
          + CASE WHEN q.trgm IS NULL THEN 0 ELSE 0.3 * word_similarity(q.trgm, lower(immutable_unaccent(m."displayName"))) END)::float8
  FROM member m, q
  WHERE 'MEMBER' = ANY($5::text[])
    AND (m."searchVector" @@ q.tsq OR (q.trgm IS NOT NULL AND q.trgm <% lower(immutable_unaccent(m."displayName"))))
), page AS (
  SELECT * FROM hits
  WHERE $6::float8 IS NULL OR (score, kind, "id") < ($6::float8, $7::text, $8::uuid)
  ORDER BY score DESC, kind DESC, "id" DESC
  LIMIT $9
)
SELECT page.kind, page."id", page.score,
  CASE page.kind
    WHEN 'THREAD' THEN (
      SELECT ts_headline('italian_unaccent', t."title" || ' — ' || coalesce(op."body", ''), q.tsq, $10)
      FROM thread t LEFT JOIN LATERAL (
        SELECT p."body" FROM post p WHERE p."threadId" = t."id" AND p."opening" ORDER BY p."createdAt" LIMIT 1
      ) op ON true
      WHERE t."id" = page."id")
    WHEN 'POST' THEN (SELECT ts_headline('italian_unaccent', p."body", q.tsq, $10) FROM post p WHERE p."id" = page."id")
    WHEN 'PRACTICE' THEN (
      SELECT ts_headline('italian_unaccent', pr."title" || ' — ' || pr."summary" || ' ' || pr."description", q.tsq, $10)
      FROM practice pr WHERE pr."id" = page."id")
    ELSE (
      SELECT ts_headline('italian_unaccent',
               m."displayName" || ' — ' || coalesce(m."jobTitle", '') || ' ' || coalesce(m."bio", ''), q.tsq, $10)
      FROM member m WHERE m."id" = page."id")
  END AS snippet
FROM page, q
ORDER BY page.score DESC, page.kind DESC, page."id" DESC`;

/** The same hits, counted (only when the client asks for totalCount). */
export const SEARCH_COUNT_SQL = SEARCH_PAGE_SQL.replace(/\), page AS \([\s\S]*$/, ') SELECT count(*)::int AS n FROM hits');
