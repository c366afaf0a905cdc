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

/**
 * By relevance, each kind's matches are ranked among its most recent ones only, at most this many:
 * a common word matches a large share of the posts, and ranking all of them would cost far more
 * than the page. A rarer word has fewer matches and is ranked whole. Newest first needs no bound.
 */
export const SEARCH_RANKED_CANDIDATES = 500;

/** What is searched, and for whom; `candidates`: the bound of each kind's ranked matches (null: all). */
export interface SearchScope {
  viewer: ViewerContext;
  query: ModeQuery;
  kinds: SearchKind[];
  candidates: number | null;
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
function hitsSql(scope: SearchScope, resolved: ResolvedQuery, p: Bind): string {
  const reader = readerOf(scope.viewer, p);
  const kinds = `${p(scope.kinds)}::text[]`;
  const limit = p(scope.candidates);
  // The match condition carries the tsquery as a value, so that the planner weighs each word by
  // the column's statistics: a common word reads the newest rows first up to the bound, a rare
  // one its few matches through the text index.
  const tsq = `${p(resolved.tsq)}::tsquery`;
  // ts_match_vq is @@ in a form no index serves: the bounded candidates are then read newest first.
  const matches = (table: string, vector: string) =>
    resolved.newestFirst.includes(table) ? `ts_match_vq(${vector}, ${tsq})` : `${vector} @@ ${tsq}`;
  /**
   * One kind's matches (`candidates` selects id, at and vector, newest first), the most recent
   * `limit` of them (LIMIT NULL: all), ranked outside the bound so that only those are scored;
   * `branch` tells the count which bound each hit came under.
   */
  const bounded = (kind: `${SearchKind}`, branch: number, candidates: string) =>
    `SELECT '${kind}'::text AS kind, c."id", c.at, ${score('c.vector')} AS score, ${branch} AS branch
  FROM (${candidates}
    LIMIT ${limit}::int) AS c, q`;
  return `
WITH q AS (
  SELECT ${tsq} AS tsq, ${p(resolved.exact)}::tsquery AS exact, ${p(resolved.segs)}::tsquery[] AS segs
), hidden_opening AS (
  SELECT p."threadId", setweight(p."searchVector", 'B') AS vector
  FROM post p
  WHERE 'THREAD' = ANY(${kinds}) AND p."opening" AND ${hiddenPostSeenSql('p', reader)}
), hits AS (
  ${bounded('THREAD', 1, `SELECT t."id", t."createdAt" AS at, (t."searchVector" || coalesce(ho.vector, ''::tsvector)) AS vector
    FROM thread t LEFT JOIN hidden_opening ho ON ho."threadId" = t."id", q
    WHERE 'THREAD' = ANY(${kinds})
      AND t."searchVector" @@ ${tsq}
      AND ${visibleThreadSql('t', reader)}
    ORDER BY t."createdAt" DESC, t."id" DESC`)}
  UNION ALL
  SELECT 'THREAD', t."id", t."createdAt", ${score(`(t."searchVector" || ho.vector)`)}, 2
  FROM hidden_opening ho JOIN thread t ON t."id" = ho."threadId", q
  WHERE (t."searchVector" || ho.vector) @@ ${tsq}
    AND NOT t."searchVector" @@ ${tsq}
    AND ${visibleThreadSql('t', reader)}
  UNION ALL
  ${bounded('POST', 3, `SELECT p."id", p."createdAt" AS at, p."searchVector" AS vector
    FROM post p JOIN thread t ON t."id" = p."threadId", q
    WHERE 'POST' = ANY(${kinds})
      AND ${matches('post', 'p."searchVector"')}
      AND NOT p."opening"
      AND ${visiblePostSql('p', reader, { thread: 't' })}
    ORDER BY p."createdAt" DESC, p."id" DESC`)}
  UNION ALL
  ${bounded('PRACTICE', 4, `SELECT pr."id", pr."createdAt" AS at, pr."searchVector" AS vector
    FROM practice pr, q
    WHERE 'PRACTICE' = ANY(${kinds})
      AND pr."searchVector" @@ ${tsq}
      AND ${visiblePracticeSql('pr', reader)}
    ORDER BY pr."createdAt" DESC, pr."id" DESC`)}
  UNION ALL
  SELECT 'PRACTICE', pr."id", pr."createdAt", max(${score('d."searchVector"')}) / 2, 5
  FROM document d JOIN practice pr ON pr."id" = d."practiceId", q
  WHERE 'PRACTICE' = ANY(${kinds})
    AND d."searchVector" @@ ${tsq}
    AND NOT pr."searchVector" @@ ${tsq}
    AND ${visiblePracticeSql('pr', reader)}
  GROUP BY pr."id", pr."createdAt"
  UNION ALL
  ${bounded('MEMBER', 6, `SELECT m."id", m."joinedAt" AS at, m."searchVector" AS vector
    FROM member m, q
    WHERE 'MEMBER' = ANY(${kinds})
      AND m."searchVector" @@ ${tsq}
    ORDER BY m."joinedAt" DESC, m."id" DESC`)}
  UNION ALL
  ${bounded('DOCUMENT', 7, `SELECT d."id", d."createdAt" AS at, d."searchVector" AS vector
    FROM document d, q
    WHERE 'DOCUMENT' = ANY(${kinds})
      AND d."searchVector" @@ ${tsq}
      AND ${visibleDocumentSql('d', reader)}
    ORDER BY d."createdAt" DESC, d."id" DESC`)}
)`;
}

/** The tsqueries of a ModeQuery (synonyms expanded by search_tsquery), as text. */
interface ResolvedQuery {
  tsq: string;
  exact: string | null;
  segs: string[] | null;
  /** The tables (of NEWEST_FIRST_TABLES) whose candidates are read newest first for this query. */
  newestFirst: string[];
}

/** The tables whose bounded candidates may be read newest first (through their date index) rather than through the text index. */
const NEWEST_FIRST_TABLES = ['post'];

/** How long the word statistics of those tables are kept: PostgreSQL only changes them when it analyses a table. */
const WORD_STATS_TTL_MS = 5 * 60_000;

/** A table's estimated rows, and the share of its rows each of its most common words is in (pg_stats of "searchVector"). */
interface WordStats {
  table: string;
  rows: number;
  shares: Map<string, number>;
}

/** Per database handle: reading pg_stats costs more than the rest of a rare word's search. */
const wordStatsCache = new WeakMap<Queryable, { at: number; stats: Promise<WordStats[]> }>();

function wordStats(db: Queryable): Promise<WordStats[]> {
  const cached = wordStatsCache.get(db);
  if (cached && Date.now() - cached.at < WORD_STATS_TTL_MS) return cached.stats;
  const stats = db
    .query<Array<{ table: string; rows: number; elems: string[] | null; freqs: number[] | null }>>(
      `SELECT s.tablename::text AS "table", c.reltuples::float8 AS "rows", s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs::float8[] AS freqs
       FROM pg_stats s
       JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
       WHERE s.schemaname = current_schema() AND s.attname = 'searchVector' AND s.tablename = ANY($1::text[])`,
      [NEWEST_FIRST_TABLES],
    )
    .then((rows) => rows.map((r) => ({ table: r.table, rows: r.rows, shares: new Map((r.elems ?? []).map((word, i) => [word, r.freqs?.[i] ?? 0])) })));
  wordStatsCache.set(db, { at: Date.now(), stats });
  stats.catch(() => wordStatsCache.delete(db));
  return stats;
}

/**
 * The tables whose candidates are better read newest first for the query `tsq` (its text, of
 * `nodes` operands). Reading the newest rows until `candidates` match costs about
 * candidates / share rows; reading every match through the text index, share x rows (and a prefix
 * such as `digital:*` has no statistics, so the planner cannot weigh it). For a query of one word,
 * its share of the table comes from the column's most common elements (prefixes summed); newest
 * first wins when the share is at least sqrt(candidates / rows). A rarer word, or a query of
 * several, keeps the text index.
 */
function newestFirstTables(stats: WordStats[], tsq: string, nodes: number, candidates: number | null): string[] {
  const word = /^'((?:[^'\\]|''|\\.)*)'/.exec(tsq);
  if (candidates === null || nodes !== 1 || !word) return [];
  const lexeme = word[1].replace(/''/g, "'").replace(/\\(.)/g, '$1');
  const prefix = tsq.endsWith(':*');
  return stats
    .filter(({ rows, shares }) => {
      let share = 0;
      for (const [element, elementShare] of shares) if (element === lexeme || (prefix && element.startsWith(lexeme))) share += elementShare;
      return share >= Math.sqrt(candidates / Math.max(rows, 1));
    })
    .map((s) => s.table);
}

/**
 * Expands the query's words once, before the search, so that the search can carry them as values,
 * and says for which tables the bounded candidates are better read newest first (newestFirstTables,
 * on statistics read at most every WORD_STATS_TTL_MS).
 */
async function resolveQuery(db: Queryable, query: ModeQuery, candidates: number | null): Promise<ResolvedQuery> {
  const [[row], stats] = await Promise.all([
    db.query<Array<Omit<ResolvedQuery, 'newestFirst'> & { nodes: number }>>(
      `WITH r AS (SELECT search_tsquery($1) AS q)
       SELECT r.q::text AS tsq, numnode(r.q) AS nodes, search_tsquery($2::text)::text AS exact,
              CASE WHEN $3::text[] IS NULL THEN NULL ELSE ARRAY(SELECT search_tsquery(s)::text FROM unnest($3::text[]) AS s) END AS segs
       FROM r`,
      [query.tsquery, query.exact, query.segments],
    ),
    candidates === null ? [] : wordStats(db),
  ]);
  return { tsq: row.tsq, exact: row.exact, segs: row.segs, newestFirst: newestFirstTables(stats, row.tsq, row.nodes, candidates) };
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
export async function searchPage(db: Queryable, scope: SearchScope, page: SearchPageArgs): Promise<RawHit[]> {
  const resolved = await resolveQuery(db, scope.query, scope.candidates);
  const params = new SqlParams();
  const p = params.p;
  const hits = hitsSql(scope, resolved, p);
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

/** The bounded branches of hitsSql: a branch with as many hits as the bound may have had more matches. */
const BOUNDED_BRANCHES = [1, 3, 4, 6, 7];

/**
 * The hits, counted (only when the client asks for totalCount), and whether a kind reached the
 * bound of its ranked matches (then more matched than were ranked and counted).
 */
export async function countSearchHits(db: Queryable, scope: SearchScope): Promise<{ n: number; bounded: boolean }> {
  const resolved = await resolveQuery(db, scope.query, scope.candidates);
  const params = new SqlParams();
  const p = params.p;
  const [row] = await db.query<Array<{ n: number; bounded: boolean }>>(
    `${hitsSql(scope, resolved, p)}
SELECT coalesce(sum(n), 0)::int AS n, coalesce(bool_or(branch = ANY(${p(BOUNDED_BRANCHES)}::int[]) AND n >= ${p(scope.candidates)}::int), false) AS bounded
FROM (SELECT branch, count(*) AS n FROM hits GROUP BY branch) AS per_branch`,
    params.values,
  );
  return row;
}

/** The hits counted up to `cap` (enough to compare a query with a corrected one). */
export async function countSearchHitsUpTo(db: Queryable, scope: SearchScope, cap: number): Promise<number> {
  const resolved = await resolveQuery(db, scope.query, scope.candidates);
  const params = new SqlParams();
  const hits = hitsSql(scope, resolved, params.p);
  const [{ n }] = await db.query<Array<{ n: number }>>(
    `${hits} SELECT count(*)::int AS n FROM (SELECT 1 FROM hits LIMIT ${params.p(cap)}) AS capped`,
    params.values,
  );
  return n;
}
