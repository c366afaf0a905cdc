import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupByKeys, isUuid, PageArgs, RequestContext } from '@app/core';
import { ThreadOrder } from '../forum.enums.js';
import { selectColumns } from '../shared/columns.js';
import { groupedCounts } from '../shared/counts.js';
import { lateralPages, Page } from '../shared/lateral-page.js';
import { ThreadEntity } from '../thread/thread.entity.js';
import { ThreadLoaders } from '../thread/thread.loader.js';
import { threadSortKeys } from '../thread/thread.queries.js';
import { PracticeLinkEntity } from './practice-link.entity.js';

/** Per-request loaders of the links between threads and practices; members never reach a hidden thread through them. */
@Injectable()
export class PracticeLinkLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadLoaders,
  ) {}

  /** The links of each thread, oldest first (the practices' own visibility is applied by their loader). */
  linksByThread(ctx: RequestContext): DataLoader<string, PracticeLinkEntity[]> {
    return ctx.loaders.get('forum.linksByThread', () =>
      new DataLoader<string, PracticeLinkEntity[]>(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await this.dataSource
              .getRepository(PracticeLinkEntity)
              .find({ where: { threadId: In(valid) }, order: { linkedAt: 'ASC', practiceId: 'ASC' } })
          : [];
        return groupByKeys(ids, rows, (l) => l.threadId);
      }),
    );
  }

  threadCountByPractice(ctx: RequestContext): DataLoader<string, number> {
    const hidden = ctx.viewer.canModerate ? '' : 'AND NOT t."hidden"';
    return ctx.loaders.get('forum.threadCountByPractice', () =>
      new DataLoader<string, number>((ids) =>
        groupedCounts(
          this.dataSource,
          ids,
          `SELECT l."practiceId" AS key, count(*)::int AS n FROM thread_practice_link l JOIN thread t ON t.id = l."threadId"
           WHERE l."practiceId" = ANY($1::uuid[]) ${hidden} GROUP BY 1`,
        ),
      ),
    );
  }

  /** A page of Practice.threads for many practices in one statement, most recently active first. */
  threadsByPractice(ctx: RequestContext, args: PageArgs): DataLoader<string, Page<ThreadEntity>> {
    const all = ctx.viewer.canModerate;
    const key = `forum.threadsByPractice:${args.first ?? ''}:${args.after ?? ''}`;
    return ctx.loaders.get(key, () =>
      new DataLoader<string, Page<ThreadEntity>>(async (practiceIds) => {
        const pages = await lateralPages<ThreadEntity>(this.dataSource.manager, practiceIds, args, {
          from: 'thread t JOIN thread_practice_link l ON l."threadId" = t.id',
          select: selectColumns(this.dataSource, ThreadEntity, 't'),
          parentColumn: 'l."practiceId"',
          where: () => (all ? [] : ['NOT t."hidden"']),
          keys: threadSortKeys(ThreadOrder.LAST_ACTIVITY, false),
        });
        const byId = this.threads.threadById(ctx);
        for (const page of pages) for (const thread of page.nodes) byId.prime(thread.id, thread);
        return pages;
      }),
    );
  }
}
