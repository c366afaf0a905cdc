import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, countLoader, isUuid, lateralPages, namedCondition, Page, PageArgs, PrimedLoader, readerOf, RequestContext } from '@app/core';
import { ThreadOrder } from '../forum.enums.js';
import { visibleThreadSql } from '../forum.rules.js';
import { selectColumns } from '../shared/columns.js';
import { ThreadEntity } from './thread.entity.js';
import { threadSortKeys } from './thread.queries.js';

/**
 * Builds the thread loaders; ForumLoadersFactory creates them once per request. Each one
 * applies the visibility rule of the request's viewer: members never get a hidden thread nor count one.
 */
export class ThreadLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** Visible threads by id (null for a hidden one when the viewer is not a moderator). */
  threadById(ctx: RequestContext): DataLoader<string, ThreadEntity | null> {
    return new PrimedLoader<string, ThreadEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => null);
        const qb = this.dataSource.getRepository(ThreadEntity).createQueryBuilder('t').where('t.id IN (:...ids)', { ids: valid });
        const visible = namedCondition((p) => visibleThreadSql('t', readerOf(ctx.viewer, p)));
        qb.andWhere(visible.sql, visible.params);
        return byKeys(ids, await qb.getMany(), (t) => t.id);
      },
    );
  }

  threadCountByCategory(ctx: RequestContext): DataLoader<string, number> {
    return this.visibleThreadsPer(ctx, 'categoryId');
  }

  threadCountByMember(ctx: RequestContext): DataLoader<string, number> {
    return this.visibleThreadsPer(ctx, 'authorId');
  }

  /** How many threads the viewer may see per value of the column (a category, an author). */
  private visibleThreadsPer(ctx: RequestContext, column: 'categoryId' | 'authorId'): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) =>
        `SELECT t."${column}" AS key, count(*)::int AS n FROM thread t
         WHERE t."${column}" = ANY(${keys}) AND ${visibleThreadSql('t', readerOf(ctx.viewer, p))} GROUP BY 1`,
    );
  }

  /** A page of Category.threads for many categories in one statement; primes `threadById` with its threads. */
  threadsByCategory(
    ctx: RequestContext,
    args: PageArgs & { orderBy?: ThreadOrder | null },
    threadById: DataLoader<string, ThreadEntity | null>,
  ): DataLoader<string, Page<ThreadEntity>> {
    const order = args.orderBy ?? ThreadOrder.LAST_ACTIVITY;
    return new DataLoader<string, Page<ThreadEntity>>(
      async (categoryIds) => {
        const pages = await lateralPages<ThreadEntity>(this.dataSource.manager, categoryIds, args, {
          from: 'thread t',
          select: selectColumns(this.dataSource, ThreadEntity, 't'),
          parentColumn: 't."categoryId"',
          where: (p) => [visibleThreadSql('t', readerOf(ctx.viewer, p))],
          keys: threadSortKeys(order, true),
        });
        for (const page of pages) for (const thread of page.nodes) threadById.prime(thread.id, thread);
        return pages;
      },
    );
  }
}
