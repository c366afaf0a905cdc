import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadUserInputError, decodeCursor, isUuid, lazy, pageOf, pageSize, PageArgs, PageInfo, prepared, Queryable, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity } from '@app/forum';
import { MemberEntity } from '@app/members';
import { DocumentRow, FEW_RESULTS, ModeQuery, modeQuery, PracticeEntity, RelaxedQuery, TEXT_MODES, TextMode, TextSearchService, visibleDocuments } from '@app/practices';
import { SearchKind, SearchOrder } from './search.model.js';
import { countSearchHits, countSearchHitsUpTo, RawHit, SEARCH_RANKED_CANDIDATES, SearchScope, searchPage } from './search.queries.js';
import { toSnippetHtml } from './snippet.js';

export interface SearchHitRow {
  kind: SearchKind;
  entity: ThreadEntity | PostEntity | PracticeEntity | MemberEntity | DocumentRow;
  score: number;
  snippet: string;
}

/**
 * A page of search results. totalCount counts the results the pages reach; by relevance, when a
 * kind had more matches than SEARCH_RANKED_CANDIDATES, only its most recent ones were ranked and
 * counted, and totalCountEstimated says that more matched. Suggestion is "forse cercavi".
 */
export interface SearchPage {
  nodes: SearchHitRow[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
  totalCountEstimated: PromiseLike<boolean> | boolean;
  suggestion: PromiseLike<string | null>;
}

type Cursor = [key: number, kind: string, id: string];

const ALL_KINDS = Object.values(SearchKind);

/** A cursor names its order and text mode, then the keyset (key, kind, id); any other is BAD_USER_INPUT. */
function decodeSearchCursor(after: string, order: SearchOrder): { mode: TextMode; cursor: Cursor } {
  const [cursorOrder, mode, key, kind, id] = decodeCursor(after, 5);
  const valid =
    cursorOrder === order &&
    TEXT_MODES.includes(mode as TextMode) &&
    typeof key === 'number' &&
    Number.isFinite(key) &&
    ALL_KINDS.includes(kind as SearchKind) &&
    isUuid(id);
  if (!valid) {
    throw BadUserInputError.field('after', 'Cursore non valido: usa pageInfo.endCursor di una pagina precedente con lo stesso ordinamento');
  }
  return { mode: mode as TextMode, cursor: [key as number, kind as string, id as string] };
}

/**
 * One search box over threads, posts, practices, members and documents (their text too), in Italian, with the PA synonyms,
 * by relevance or newest first. A query that finds little exactly also finds near spellings of
 * its mistyped words and, by relevance, partial matches (see TextSearchService), and offers a
 * corrected query ("forse cercavi").
 */
@Injectable()
export class SearchService {
  /**
   * The search's statements, as named prepared statements: their texts are few (one per order,
   * reader and plan shape) and planning the page statement cost more than running it for a rare word.
   */
  private readonly statements: Queryable;

  constructor(
    private readonly dataSource: DataSource,
    private readonly texts: TextSearchService,
  ) {
    this.statements = prepared(dataSource);
  }

  async search(viewer: ViewerContext, text: string, kinds: SearchKind[] | null | undefined, order: SearchOrder, args: PageArgs): Promise<SearchPage> {
    const first = pageSize(args.first);
    const decoded = args.after ? decodeSearchCursor(args.after, order) : null;
    const plan = await this.texts.plan(text);
    if (!plan) {
      return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: Promise.resolve(0), totalCountEstimated: false, suggestion: Promise.resolve(null) };
    }
    const candidates = order === SearchOrder.RELEVANCE ? SEARCH_RANKED_CANDIDATES : null;
    const scope = (query: ModeQuery, bound = candidates): SearchScope => ({ viewer, query, kinds: kinds?.length ? [...new Set(kinds)] : ALL_KINDS, candidates: bound });
    const run = (query: ModeQuery, limit: number): Promise<RawHit[]> =>
      searchPage(this.statements, scope(query), { order, after: decoded?.cursor ?? null, limit });
    const countUpTo = (tsquery: string, cap: number): Promise<number> =>
      countSearchHitsUpTo(this.statements, scope({ tsquery, exact: null, segments: null }, null), cap);

    let mode: TextMode;
    let rows: RawHit[];
    let relaxed: RelaxedQuery | null;
    let exactCount: number | null = null;
    if (decoded) {
      mode = decoded.mode;
      ({ relaxed } = await this.texts.modeQuery(mode, plan));
      rows = await run(modeQuery(mode, plan, relaxed), first + 1);
    } else {
      ({ mode, rows, relaxed, exactCount } = await this.texts.firstPage(plan, first + 1, order === SearchOrder.RELEVANCE, run));
      // A first page knows whether the exact query found little (else it found FEW_RESULTS or more).
      exactCount ??= FEW_RESULTS;
    }
    const query = modeQuery(mode, plan, relaxed);

    const { nodes: page, pageInfo } = pageOf(rows, first, (last) => [order, mode, Number(last.key), last.kind, last.id]);
    const entities = await this.load(viewer, page);
    const nodes = page
      .map((row) => {
        const entity = entities.get(row.id);
        return entity ? { kind: row.kind, entity, score: Number(row.score), snippet: toSnippetHtml(row.snippet) } : null;
      })
      .filter((n): n is SearchHitRow => n !== null);
    const counted = lazy(() => countSearchHits(this.statements, scope(query)));
    return {
      nodes,
      pageInfo,
      totalCount: { then: (ok, fail) => counted.then((c) => c.n).then(ok, fail) },
      totalCountEstimated: { then: (ok, fail) => counted.then((c) => c.bounded).then(ok, fail) },
      suggestion: lazy(async () =>
        this.texts.suggestion(plan, relaxed, exactCount ?? (await countUpTo(plan.exact, FEW_RESULTS)), countUpTo),
      ),
    };
  }

  /** The page's rows as entities, one query per kind present. */
  private async load(viewer: ViewerContext, page: RawHit[]): Promise<Map<string, SearchHitRow['entity']>> {
    const idsOf = (kind: SearchKind) => page.filter((r) => r.kind === kind).map((r) => r.id);
    const targets = [
      [SearchKind.THREAD, ThreadEntity],
      [SearchKind.POST, PostEntity],
      [SearchKind.PRACTICE, PracticeEntity],
      [SearchKind.MEMBER, MemberEntity],
    ] as const;
    const documentIds = idsOf(SearchKind.DOCUMENT);
    const loaded = await Promise.all([
      ...targets.map(([kind, entity]) => {
        const ids = idsOf(kind);
        return ids.length ? this.dataSource.getRepository<SearchHitRow['entity']>(entity).findBy({ id: In(ids) }) : [];
      }),
      documentIds.length ? visibleDocuments(this.dataSource, viewer, documentIds) : [],
    ]);
    return new Map(loaded.flat().map((e) => [e.id, e]));
  }
}
