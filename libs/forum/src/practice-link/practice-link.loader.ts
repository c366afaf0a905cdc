import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { countLoader, groupByKeys, isUuid, lateralPages, Page, PageArgs, PrimedLoader, readerOf, RequestContext, SqlParams } from '@app/core';
import type { MembersLoaders } from '@app/members';
import type { PracticesLoaders } from '@app/practices';
import { ThreadOrder } from '../forum.enums.js';
import { selectColumns } from '../shared/columns.js';
import { visibleThreadSql } from '../forum.rules.js';
import { ThreadEntity } from '../thread/thread.entity.js';
import { threadSortKeys } from '../thread/thread.queries.js';
import { PracticeLinkEntity } from './practice-link.entity.js';
import { linkOfRow, linkRowsSql, primeLinkCards } from './practice-link.queries.js';

/**
 * Builds the loaders of the links between threads and practices; ForumLoadersFactory creates them
 * once per request. Members never reach a hidden thread through them.
 */
export class PracticeLinkLoaderBuilder {
  constructor(
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The links of each thread, oldest first (the practices' own visibility is applied by their loader).
   * The same statement brings the card of each linked practice, with whether the viewer may see it,
   * and the card of the member who linked it, and primes their loaders (`primed`, the request's).
   */
  linksByThread(
    ctx: RequestContext,
    primed: { practices: PracticesLoaders; members: MembersLoaders },
  ): DataLoader<string, PracticeLinkEntity[]> {
    return new PrimedLoader<string, PracticeLinkEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => []);
        const params = new SqlParams();
        const threads = params.p(valid);
        const rows: Array<Record<string, unknown>> = await this.dataSource.query(
          linkRowsSql(this.dataSource, readerOf(ctx.viewer, params.p), `l."threadId" = ANY(${threads}::uuid[])`),
          params.values,
        );
        const links = rows.map(linkOfRow);
        primeLinkCards(links, { practiceCardById: primed.practices.practiceCardById, memberCardById: primed.members.memberCardById });
        return groupByKeys(
          ids,
          links.map((l) => l.link),
          (l) => l.threadId,
        );
      },
    );
  }

  threadCountByPractice(ctx: RequestContext): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) =>
        `SELECT l."practiceId" AS key, count(*)::int AS n FROM thread_practice_link l JOIN thread t ON t.id = l."threadId"
         WHERE l."practiceId" = ANY(${keys}) AND ${visibleThreadSql('t', readerOf(ctx.viewer, p))} GROUP BY 1`,
    );
  }

  /** A page of Practice.threads for many practices in one statement, most recently active first; primes `threadById`. */
  threadsByPractice(
    ctx: RequestContext,
    args: PageArgs,
    threadById: DataLoader<string, ThreadEntity | null>,
  ): DataLoader<string, Page<ThreadEntity>> {
    return new DataLoader<string, Page<ThreadEntity>>(
      async (practiceIds) => {
        const pages = await lateralPages<ThreadEntity>(this.dataSource.manager, practiceIds, args, {
          from: 'thread t JOIN thread_practice_link l ON l."threadId" = t.id',
          select: selectColumns(this.dataSource, ThreadEntity, 't'),
          parentColumn: 'l."practiceId"',
          where: (p) => [visibleThreadSql('t', readerOf(ctx.viewer, p))],
          keys: threadSortKeys(ThreadOrder.LAST_ACTIVITY, false),
        });
        for (const page of pages) for (const thread of page.nodes) threadById.prime(thread.id, thread);
        return pages;
      },
    );
  }
}

/** What linksByThread's statement brings besides the link's own columns. */
interface LinkExtras {
  __practice: Record<string, unknown> | null;
  __visible: boolean;
  __linkedBy: Record<string, unknown> | null;
}
