import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { BadUserInputError, Connection, decodeCursor, encodeCursor, isUuid, lazy, pageSize, PageArgs, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity } from '@app/forum';
import { MemberEntity } from '@app/members';
import { parseTextQuery, PracticeEntity } from '@app/practices';
import { SearchKind } from './search.model.js';
import { HEADLINE_OPTIONS, SEARCH_COUNT_SQL, SEARCH_PAGE_SQL, TRIGRAM_MIN_CHARS } from './search.queries.js';
import { toSnippetHtml } from './snippet.js';

export interface SearchHitRow {
  kind: SearchKind;
  entity: ThreadEntity | PostEntity | PracticeEntity | MemberEntity;
  score: number;
  snippet: string;
}

interface RawHit {
  kind: SearchKind;
  id: string;
  score: number;
  snippet: string | null;
}

const ALL_KINDS = Object.values(SearchKind);

/** One search box over threads, posts, practices and members, in Italian. */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(viewer: ViewerContext, text: string, kinds: SearchKind[] | null | undefined, args: PageArgs): Promise<Connection<SearchHitRow>> {
    const first = pageSize(args.first);
    const parsed = parseTextQuery(text);
    if (!parsed) {
      return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: Promise.resolve(0) };
    }
    let cursor: [number | null, string | null, string | null] = [null, null, null];
    if (args.after) {
      const [score, kind, id] = decodeCursor(args.after, 3);
      if (typeof score !== 'number' || typeof kind !== 'string' || !isUuid(id)) {
        throw BadUserInputError.field('after', 'Cursore non valido: usa pageInfo.endCursor di una pagina precedente');
      }
      cursor = [score, kind, id];
    }
    // Near misses by trigram only for queries long enough to carry meaning.
    const trigram = parsed.text.replace(/\s/g, '').length >= TRIGRAM_MIN_CHARS ? parsed.text : null;
    const params = [
      parsed.tsquery,
      trigram,
      viewer.memberId,
      viewer.canModerate,
      kinds?.length ? [...new Set(kinds)] : ALL_KINDS,
    ];
    const rows: RawHit[] = await this.dataSource.query(SEARCH_PAGE_SQL, [...params, ...cursor, first + 1, HEADLINE_OPTIONS]);
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const entities = await this.load(page);
    const nodes = page
      .map((row) => {
        const entity = entities.get(row.id);
        return entity ? { kind: row.kind, entity, score: Number(row.score), snippet: toSnippetHtml(row.snippet) } : null;
      })
      .filter((n): n is SearchHitRow => n !== null);
    const last = page[page.length - 1];
    return {
      nodes,
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor([Number(last.score), last.kind, last.id]) : null },
      totalCount: lazy(async () => {
        const [{ n }] = await this.dataSource.query(SEARCH_COUNT_SQL, params);
        return n;
      }),
    };
  }

  /** The page's rows as entities, one query per kind present. */
  private async load(page: RawHit[]): Promise<Map<string, SearchHitRow['entity']>> {
    const idsOf = (kind: SearchKind) => page.filter((r) => r.kind === kind).map((r) => r.id);
    const targets = [
      [SearchKind.THREAD, ThreadEntity],
      [SearchKind.POST, PostEntity],
      [SearchKind.PRACTICE, PracticeEntity],
      [SearchKind.MEMBER, MemberEntity],
    ] as const;
    const loaded = await Promise.all(
      targets.map(([kind, entity]) => {
        const ids = idsOf(kind);
        return ids.length ? this.dataSource.getRepository<SearchHitRow['entity']>(entity).findBy({ id: In(ids) }) : [];
      }),
    );
    return new Map(loaded.flat().map((e) => [e.id, e]));
  }
}
