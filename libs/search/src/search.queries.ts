import { MARK_END, MARK_START } from './snippet.js';

/** Word similarity above which a title or a name counts as a near miss of the query (typos). */
export const TRIGRAM_MIN_CHARS = 4;

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Snippets are cut from this many leading characters of a text: ts_headline's cost grows with its input. */
export const HEADLINE_MAX_CHARS = 5000;

/**
 * A snippet of `text` (an SQL expression over the page row's tables): a bounded prefix,
 * with the two marker characters turned into spaces so that only ts_headline can mark.
 */
const headline = (text: string) =>
  `ts_headline('italian_unaccent', translate(left(${text}, ${HEADLINE_MAX_CHARS}), chr(${MARK_START.charCodeAt(0)}) || chr(${MARK_END.charCodeAt(0)}), '  '), q.tsq, $10)`;

/**
 * The text each kind's snippet is cut from, per alias of the snippet subqueries below
 * (t thread, op its opening post as the viewer may see it, p post, pr practice, m member).
 * The Markdown source for now.
 */
const SNIPPET_TEXT = {
  THREAD: `t."title" || ' — ' || coalesce(op."body", '')`,
  POST: `p."body"`,
  PRACTICE: `pr."title" || ' — ' || pr."summary" || ' ' || pr."description"`,
  MEMBER: `m."displayName" || ' — ' || coalesce(m."jobTitle", '') || ' ' || coalesce(m."bio", '')`,
};

const trigramBonus = (column: string) =>
  `CASE WHEN q.trgm IS NULL THEN 0 ELSE 0.3 * word_similarity(q.trgm, lower(immutable_unaccent(${column}))) END`;
const trigramMatch = (column: string) => `(q.trgm IS NOT NULL AND q.trgm <% lower(immutable_unaccent(${column})))`;

/**
 * Every hit of the four kinds, ranked. $1 tsquery, $2 trigram text (null: no near
 * misses), $3 viewer id, $4 viewer moderates, $5 kinds.
 * Visibility is part of every branch, for matching and for ranking alike: hidden
 * threads and posts, drafts of others and archived practices never appear to members.
 * A thread's stored vector leaves out a hidden opening post; moderators, who see
 * hidden posts, also match and rank on it (hidden_opening, empty for members).
 */
const HITS_SQL = `
WITH q AS (
  SELECT to_tsquery('italian_unaccent', $1) AS tsq, lower(immutable_unaccent($2::text)) AS trgm
), hidden_opening AS (
  SELECT p."threadId", setweight(p."searchVector", 'B') AS vector
  FROM post p
  WHERE $4::boolean AND 'THREAD' = ANY($5::text[]) AND p."opening" AND p."hidden"
), hits AS (
  SELECT 'THREAD'::text AS kind, t."id",
         (ts_rank(t."searchVector" || coalesce(ho.vector, ''::tsvector), q.tsq) + ${trigramBonus('t."title"')})::float8 AS score
  FROM thread t LEFT JOIN hidden_opening ho ON ho."threadId" = t."id", q
  WHERE 'THREAD' = ANY($5::text[])
    AND (t."searchVector" @@ q.tsq OR ${trigramMatch('t."title"')})
    AND ($4::boolean OR NOT t."hidden")
  UNION ALL
  SELECT 'THREAD', t."id", (ts_rank(t."searchVector" || ho.vector, q.tsq) + ${trigramBonus('t."title"')})::float8
  FROM hidden_opening ho JOIN thread t ON t."id" = ho."threadId", q
  WHERE (t."searchVector" || ho.vector) @@ q.tsq
    AND NOT (t."searchVector" @@ q.tsq OR ${trigramMatch('t."title"')})
  UNION ALL
  SELECT 'POST', p."id", ts_rank(p."searchVector", q.tsq)::float8
  FROM post p JOIN thread t ON t."id" = p."threadId", q
  WHERE 'POST' = ANY($5::text[])
    AND p."searchVector" @@ q.tsq
    AND NOT p."opening"
    AND ($4::boolean OR (NOT p."hidden" AND NOT t."hidden"))
  UNION ALL
  SELECT 'PRACTICE', pr."id", (ts_rank(pr."searchVector", q.tsq) + ${trigramBonus('pr."title"')})::float8
  FROM practice pr, q
  WHERE 'PRACTICE' = ANY($5::text[])
    AND (pr."searchVector" @@ q.tsq OR ${trigramMatch('pr."title"')})
    AND (pr."status" = 'PUBLISHED'
         OR (pr."status" = 'DRAFT' AND ($4::boolean OR EXISTS (
               SELECT 1 FROM practice_contact c WHERE c."practiceId" = pr."id" AND c."memberId" = $3::uuid))))
  UNION ALL
  SELECT 'MEMBER', m."id", (ts_rank(m."searchVector", q.tsq) + ${trigramBonus('m."displayName"')})::float8
  FROM member m, q
  WHERE 'MEMBER' = ANY($5::text[])
    AND (m."searchVector" @@ q.tsq OR ${trigramMatch('m."displayName"')})
)`;

/**
 * One ranked page over the four kinds: the parameters of HITS_SQL, then $6..$8 the
 * keyset cursor (score, kind, id), $9 page size + 1, $10 ts_headline options.
 * Snippets are computed after the limit, for the page's rows only, each over a
 * bounded prefix of its text; a hidden opening post is left out for members.
 */
export const SEARCH_PAGE_SQL = `${HITS_SQL}, page AS (
  SELECT * FROM hits
  WHERE $6::float8 IS NULL OR (score, kind, "id") < ($6::float8, $7::text, $8::uuid)
  ORDER BY score DESC, kind DESC, "id" DESC
  LIMIT $9
)
SELECT page.kind, page."id", page.score,
  CASE page.kind
    WHEN 'THREAD' THEN (
      SELECT ${headline(SNIPPET_TEXT.THREAD)}
      FROM thread t LEFT JOIN LATERAL (
        SELECT CASE WHEN $4::boolean OR NOT p."hidden" THEN p."body" END AS "body" FROM post p
        WHERE p."threadId" = t."id" AND p."opening"
        ORDER BY p."createdAt" LIMIT 1
      ) op ON true
      WHERE t."id" = page."id")
    WHEN 'POST' THEN (SELECT ${headline(SNIPPET_TEXT.POST)} FROM post p WHERE p."id" = page."id")
    WHEN 'PRACTICE' THEN (SELECT ${headline(SNIPPET_TEXT.PRACTICE)} FROM practice pr WHERE pr."id" = page."id")
    ELSE (SELECT ${headline(SNIPPET_TEXT.MEMBER)} FROM member m WHERE m."id" = page."id")
  END AS snippet
FROM page, q
ORDER BY page.score DESC, page.kind DESC, page."id" DESC`;

/** The same hits, counted (only when the client asks for totalCount): the parameters of HITS_SQL. */
export const SEARCH_COUNT_SQL = `${HITS_SQL} SELECT count(*)::int AS n FROM hits`;
