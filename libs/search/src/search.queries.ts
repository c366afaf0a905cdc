import { Bind, KeysetKey, keysetAfterSql, keysetOrderSql, Queryable, readerOf, SqlParams, ViewerContext } from '@app/core';
import { hiddenPostSeenSql, visiblePostSql, visibleThreadSql } from '@app/forum';
import { ModeQuery, relevanceSql, visibleDocumentSql, visiblePracticeSql } from '@app/practices';
import type { SearchKind, SearchOrder } from './search.model.js';
import { MARK_END, MARK_START } from './snippet.js';

export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Snippets are cut from this many leading characters of a text: ts_headline's cost grows with its input. */
export const HEADLINE_MAX_CHARS = 5000;

/**
 * A snippet of `text` (an SQL expression over the page row's tables): a bounded prefix,
 * with the two marker characters turned into spaces so that only ts_headline can mark.
 * `options` is the bound ts_headline options.
 */
const headline = (text: string, options: string) =>
  `ts_headline('italian_unaccent', translate(left(${text}, ${HEADLINE_MAX_CHARS}), chr(${MARK_START.charCodeAt(0)}) || chr(${MARK_END.charCodeAt(0)}), '  '), q.tsq, ${options})`;

/** The plain text of stored sanitised HTML (a bounded prefix of it): what readers see, without tags, Markdown or link targets. */
const plain = (html: string) => `coalesce(html_to_text(left(${html}, ${2 * HEADLINE_MAX_CHARS})), '')`;

/**
 * The text each kind's snippet is cut from, per alias of the snippet subqueries below
 * (t thread, op its opening post as the viewer may see it, p post, pr practice with a its
 * offering administration and pv that one's province, m member, d document with v its current
 * version and f that one's file): plain text, from the rendered HTML of Markdown bodies, and the
 * text extracted from a document's file.
 */
const SNIPPET_TEXT = {
  THREAD: `t."title" || ' — ' || ${plain('op."bodyHtml"')}`,
  POST: plain('p."bodyHtml"'),
  PRACTICE: `pr."title" || ' — ' || a."name" || coalesce(' (' || pv."name" || ')', '') || '. ' || pr."summary" || ' ' || ${plain('pr."descriptionHtml"')}`,
  MEMBER: `m."displayName" || ' — ' || coalesce(m."jobTitle", '') || ' ' || coalesce(m."bio", '')`,
  DOCUMENT: `d."title" || ' — ' || f."fileName" || '. ' || coalesce(v."text", '')`,
};

/** A hit's relevance in the mode of the query (see relevanceSql), over the q row. */
const score = (vector: string) => relevanceSql(vector, 'q.tsq', 'q.exact', 'q.segs');

/** What is searched, and for whom. */
export interface SearchScope {
  viewer: ViewerContext;
  query: ModeQuery;
  kinds: SearchKind[];
}

/** One page of hits: the order, the keyset cursor (the order's key, kind, id) and page size + 1. */
export interface SearchPageArgs {
  order: SearchOrder;
  after: [key: number, kind: string, id: string] | null;
  limit: number;
}

export interface RawHit {
  kind: SearchKind;
  id: string;
  score: number;
  key: number;
  snippet: string | null;
}

/**
 * Every hit of the five kinds, with its relevance and date (the CTEs q, hidden_opening and hits).
 * Visibility is part of every branch, for matching and for ranking alike, by the forum's and the
 * practices' rules. A thread's stored vector leaves out a hidden opening post; readers who see
 * hidden posts (moderators) also match and rank on it (hidden_opening, empty for members). A
 * practice is also found by the words of its documents (at half their relevance), when its own
 * text does not match.
 */
function hitsSql(scope: SearchScope, p: Bind): string {
  const reader = readerOf(scope.viewer, p);
  const kinds = `${p(scope.kinds)}::text[]`;
  const segments = `${p(scope.query.segments)}::text[]`;
  return `
WITH q AS (
  SELECT search_tsquery(${p(scope.query.tsquery)}) AS tsq,
         search_tsquery(${p(scope.query.exact)}::text) AS exact,
         CASE WHEN ${segments} IS NULL THEN NULL ELSE ARRAY(SELECT search_tsquery(s) FROM unnest(${segments}) AS s) END AS segs
), hidden_opening AS (
  SELECT p."threadId", setweight(p."searchVector", 'B') AS vector
  FROM post p
  WHERE 'THREAD' = ANY(${kinds}) AND p."opening" AND ${hiddenPostSeenSql('p', reader)}
), hits AS (
  SELECT 'THREAD'::text AS kind, t."id", t."createdAt" AS at, ${score(`(t."searchVector" || coalesce(ho.vector, ''::tsvector))`)} AS score
  FROM thread t LEFT JOIN hidden_opening ho ON ho."threadId" = t."id", q
  WHERE 'THREAD' = ANY(${kinds})
    AND t."searchVector" @@ q.tsq
    AND ${visibleThreadSql('t', reader)}
  UNION ALL
  SELECT 'THREAD', t."id", t."createdAt", ${score(`(t."searchVector" || ho.vector)`)}
  FROM hidden_opening ho JOIN thread t ON t."id" = ho."threadId", q
  WHERE (t."searchVector" || ho.vector) @@ q.tsq
    AND NOT t."searchVector" @@ q.tsq
    AND ${visibleThreadSql('t', reader)}
  UNION ALL
  SELECT 'POST', p."id", p."createdAt", ${score('p."searchVector"')}
  FROM post p JOIN thread t ON t."id" = p."threadId", q
  WHERE 'POST' = ANY(${kinds})
    AND p."searchVector" @@ q.tsq
    AND NOT p."opening"
    AND ${visiblePostSql('p', reader, { thread: 't' })}
  UNION ALL
  SELECT 'PRACTICE', pr."id", pr."createdAt", ${score('pr."searchVector"')}
  FROM practice pr, q
  WHERE 'PRACTICE' = ANY(${kinds})
    AND pr."searchVector" @@ q.tsq
    AND ${visiblePracticeSql('pr', reader)}
  UNION ALL
  SELECT 'PRACTICE', pr."id", pr."createdAt", max(${score('d."searchVector"')}) / 2
  FROM document d JOIN practice pr ON pr."id" = d."practiceId", q
  WHERE 'PRACTICE' = ANY(${kinds})
    AND d."searchVector" @@ q.tsq
    AND NOT pr."searchVector" @@ q.tsq
    AND ${visiblePracticeSql('pr', reader)}
  GROUP BY pr."id", pr."createdAt"
  UNION ALL
  SELECT 'MEMBER', m."id", m."joinedAt", ${score('m."searchVector"')}
  FROM member m, q
  WHERE 'MEMBER' = ANY(${kinds})
    AND m."searchVector" @@ q.tsq
  UNION ALL
  SELECT 'DOCUMENT', d."id", d."createdAt", ${score('d."searchVector"')}
  FROM document d, q
  WHERE 'DOCUMENT' = ANY(${kinds})
    AND d."searchVector" @@ q.tsq
    AND ${visibleDocumentSql('d', reader)}
)`;
}

/** The keyset order of a page: the key (relevance or date), then kind and id. */
const PAGE_KEYS: KeysetKey[] = [
  { expr: 'key', direction: 'DESC', cast: 'float8' },
  { expr: 'kind', direction: 'DESC', cast: 'text' },
  { expr: '"id"', direction: 'DESC', cast: 'uuid' },
];

/**
 * One page over the five kinds. The key is the relevance, or the date (epoch seconds) newest
 * first. Snippets are computed after the limit, for the page's rows only, each over a bounded
 * prefix of its text; a hidden opening post is left out for those who may not see it.
 */
export function searchPage(db: Queryable, scope: SearchScope, page: SearchPageArgs): Promise<RawHit[]> {
  const params = new SqlParams();
  const p = params.p;
  const hits = hitsSql(scope, p);
  const after = page.after ? `WHERE ${keysetAfterSql(PAGE_KEYS, page.after, p)}` : '';
  const options = p(HEADLINE_OPTIONS);
  const reader = readerOf(scope.viewer, p);
  const sql = `${hits}, keyed AS (
  SELECT kind, "id", score, CASE WHEN ${p(page.order)}::text = 'NEWEST' THEN extract(epoch FROM at)::float8 ELSE score END AS key
  FROM hits
), page AS (
  SELECT * FROM keyed
  ${after}
  ORDER BY ${keysetOrderSql(PAGE_KEYS)}
  LIMIT ${p(page.limit)}
)
SELECT page.kind, page."id", page.score, page.key,
  CASE page.kind
    WHEN 'THREAD' THEN (
      SELECT ${headline(SNIPPET_TEXT.THREAD, options)}
      FROM thread t LEFT JOIN LATERAL (
        SELECT CASE WHEN ${visiblePostSql('p', reader, { threadShown: true })} THEN p."bodyHtml" END AS "bodyHtml" FROM post p
        WHERE p."threadId" = t."id" AND p."opening"
        ORDER BY p."createdAt" LIMIT 1
      ) op ON true
      WHERE t."id" = page."id")
    WHEN 'POST' THEN (SELECT ${headline(SNIPPET_TEXT.POST, options)} FROM post p WHERE p."id" = page."id")
    WHEN 'PRACTICE' THEN (
      SELECT ${headline(SNIPPET_TEXT.PRACTICE, options)}
      FROM practice pr JOIN administration a ON a."id" = pr."offeringAdministrationId" LEFT JOIN province pv ON pv."code" = a."province"
      WHERE pr."id" = page."id")
    WHEN 'DOCUMENT' THEN (
      SELECT ${headline(SNIPPET_TEXT.DOCUMENT, options)}
      FROM document d JOIN document_version v ON v."documentId" = d."id" AND v."version" = d."version" JOIN uploaded_file f ON f."id" = v."fileId"
      WHERE d."id" = page."id")
    ELSE (SELECT ${headline(SNIPPET_TEXT.MEMBER, options)} FROM member m WHERE m."id" = page."id")
  END AS snippet
FROM page, q
ORDER BY page.key DESC, page.kind DESC, page."id" DESC`;
  return db.query(sql, params.values);
}

/** The hits, counted (only when the client asks for totalCount). */
export async function countSearchHits(db: Queryable, scope: SearchScope): Promise<number> {
  const params = new SqlParams();
  const [{ n }] = await db.query<Array<{ n: number }>>(`${hitsSql(scope, params.p)} SELECT count(*)::int AS n FROM hits`, params.values);
  return n;
}

/** The hits counted up to `cap` (enough to compare a query with a corrected one). */
export async function countSearchHitsUpTo(db: Queryable, scope: SearchScope, cap: number): Promise<number> {
  const params = new SqlParams();
  const hits = hitsSql(scope, params.p);
  const [{ n }] = await db.query<Array<{ n: number }>>(
    `${hits} SELECT count(*)::int AS n FROM (SELECT 1 FROM hits LIMIT ${params.p(cap)}) AS capped`,
    params.values,
  );
  return n;
}
