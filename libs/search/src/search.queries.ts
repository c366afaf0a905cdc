import { relevanceSql } from '@app/practices';
import { MARK_END, MARK_START } from './snippet.js';

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Snippets are cut from this many leading characters of a text: ts_headline's cost grows with its input. */
export const HEADLINE_MAX_CHARS = 5000;

/**
 * A snippet of `text` (an SQL expression over the page row's tables): a bounded prefix,
 * with the two marker characters turned into spaces so that only ts_headline can mark.
 */
const headline = (text: string) =>
  `ts_headline('italian_unaccent', translate(left(${text}, ${HEADLINE_MAX_CHARS}), chr(${MARK_START.charCodeAt(0)}) || chr(${MARK_END.charCodeAt(0)}), '  '), q.tsq, $12)`;

/** The plain text of stored sanitised HTML (a bounded prefix of it): what readers see, without tags, Markdown or link targets. */
const plain = (html: string) => `coalesce(html_to_text(left(${html}, ${2 * HEADLINE_MAX_CHARS})), '')`;

/**
 * The text each kind's snippet is cut from, per alias of the snippet subqueries below
 * (t thread, op its opening post as the viewer may see it, p post, pr practice with a its
 * offering administration and pv that one's province, m member): plain text, from the
 * rendered HTML of Markdown bodies.
 */
const SNIPPET_TEXT = {
  THREAD: `t."title" || ' — ' || ${plain('op."bodyHtml"')}`,
  POST: plain('p."bodyHtml"'),
  PRACTICE: `pr."title" || ' — ' || a."name" || coalesce(' (' || pv."name" || ')', '') || '. ' || pr."summary" || ' ' || ${plain('pr."descriptionHtml"')}`,
  MEMBER: `m."displayName" || ' — ' || coalesce(m."jobTitle", '') || ' ' || coalesce(m."bio", '')`,
};

/** A hit's relevance in the mode of the query (see relevanceSql), over the q row. */
const score = (vector: string) => relevanceSql(vector, 'q.tsq', 'q.exact', 'q.segs');

/**
 * Every hit of the four kinds, with its relevance and date. $1 the match tsquery (text for
 * search_tsquery), $2 the exact tsquery in a relaxed mode (else null), $3 the segments'
 * tsqueries in the partial mode (else null), $4 viewer id, $5 viewer moderates, $6 kinds.
 * Visibility is part of every branch, for matching and for ranking alike: hidden
 * threads and posts, drafts of others and archived practices never appear to members.
 * A thread's stored vector leaves out a hidden opening post; moderators, who see
 * hidden posts, also match and rank on it (hidden_opening, empty for members).
 */
const HITS_SQL = `
WITH q AS (
  SELECT search_tsquery($1) AS tsq,
         search_tsquery($2::text) AS exact,
         CASE WHEN $3::text[] IS NULL THEN NULL ELSE ARRAY(SELECT search_tsquery(s) FROM unnest($3::text[]) AS s) END AS segs
), hidden_opening AS (
  SELECT p."threadId", setweight(p."searchVector", 'B') AS vector
  FROM post p
  WHERE $5::boolean AND 'THREAD' = ANY($6::text[]) AND p."opening" AND p."hidden"
), hits AS (
  SELECT 'THREAD'::text AS kind, t."id", t."createdAt" AS at, ${score(`(t."searchVector" || coalesce(ho.vector, ''::tsvector))`)} AS score
  FROM thread t LEFT JOIN hidden_opening ho ON ho."threadId" = t."id", q
  WHERE 'THREAD' = ANY($6::text[])
    AND t."searchVector" @@ q.tsq
    AND ($5::boolean OR NOT t."hidden")
  UNION ALL
  SELECT 'THREAD', t."id", t."createdAt", ${score(`(t."searchVector" || ho.vector)`)}
  FROM hidden_opening ho JOIN thread t ON t."id" = ho."threadId", q
  WHERE (t."searchVector" || ho.vector) @@ q.tsq
    AND NOT t."searchVector" @@ q.tsq
  UNION ALL
  SELECT 'POST', p."id", p."createdAt", ${score('p."searchVector"')}
  FROM post p JOIN thread t ON t."id" = p."threadId", q
  WHERE 'POST' = ANY($6::text[])
    AND p."searchVector" @@ q.tsq
    AND NOT p."opening"
    AND ($5::boolean OR (NOT p."hidden" AND NOT t."hidden"))
  UNION ALL
  SELECT 'PRACTICE', pr."id", pr."createdAt", ${score('pr."searchVector"')}
  FROM practice pr, q
  WHERE 'PRACTICE' = ANY($6::text[])
    AND pr."searchVector" @@ q.tsq
    AND (pr."status" = 'PUBLISHED'
         OR (pr."status" = 'DRAFT' AND ($5::boolean OR EXISTS (
               SELECT 1 FROM practice_contact c WHERE c."practiceId" = pr."id" AND c."memberId" = $4::uuid))))
  UNION ALL
  SELECT 'MEMBER', m."id", m."joinedAt", ${score('m."searchVector"')}
  FROM member m, q
  WHERE 'MEMBER' = ANY($6::text[])
    AND m."searchVector" @@ q.tsq
)`;

/**
 * One page over the four kinds: the parameters of HITS_SQL, then $7 the order (RELEVANCE,
 * NEWEST), $8..$10 the keyset cursor (the order's key, kind, id), $11 page size + 1, $12
 * ts_headline options. The key is the relevance, or the date (epoch seconds) newest first.
 * Snippets are computed after the limit, for the page's rows only, each over a bounded
 * prefix of its text; a hidden opening post is left out for members.
 */
export const SEARCH_PAGE_SQL = `${HITS_SQL}, keyed AS (
  SELECT kind, "id", score, CASE WHEN $7::text = 'NEWEST' THEN extract(epoch FROM at)::float8 ELSE score END AS key
  FROM hits
), page AS (
  SELECT * FROM keyed
  WHERE $8::float8 IS NULL OR (key, kind, "id") < ($8::float8, $9::text, $10::uuid)
  ORDER BY key DESC, kind DESC, "id" DESC
  LIMIT $11
)
SELECT page.kind, page."id", page.score, page.key,
  CASE page.kind
    WHEN 'THREAD' THEN (
      SELECT ${headline(SNIPPET_TEXT.THREAD)}
      FROM thread t LEFT JOIN LATERAL (
        SELECT CASE WHEN $5::boolean OR NOT p."hidden" THEN p."bodyHtml" END AS "bodyHtml" FROM post p
        WHERE p."threadId" = t."id" AND p."opening"
        ORDER BY p."createdAt" LIMIT 1
      ) op ON true
      WHERE t."id" = page."id")
    WHEN 'POST' THEN (SELECT ${headline(SNIPPET_TEXT.POST)} FROM post p WHERE p."id" = page."id")
    WHEN 'PRACTICE' THEN (
      SELECT ${headline(SNIPPET_TEXT.PRACTICE)}
      FROM practice pr JOIN administration a ON a."id" = pr."offeringAdministrationId" LEFT JOIN province pv ON pv."code" = a."province"
      WHERE pr."id" = page."id")
    ELSE (SELECT ${headline(SNIPPET_TEXT.MEMBER)} FROM member m WHERE m."id" = page."id")
  END AS snippet
FROM page, q
ORDER BY page.key DESC, page.kind DESC, page."id" DESC`;

/** The same hits, counted (only when the client asks for totalCount): the parameters of HITS_SQL. */
export const SEARCH_COUNT_SQL = `${HITS_SQL} SELECT count(*)::int AS n FROM hits`;

/** The hits counted up to $7 (enough to compare a query with a corrected one): the parameters of HITS_SQL, then the cap. */
export const SEARCH_COUNT_UP_TO_SQL = `${HITS_SQL} SELECT count(*)::int AS n FROM (SELECT 1 FROM hits LIMIT $7) AS capped`;
