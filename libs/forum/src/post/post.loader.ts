import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, isUuid, PageArgs, RequestContext } from '@app/core';
import { groupedCounts } from '../shared/counts.js';
import { selectColumns } from '../shared/columns.js';
import { lateralPages, Page } from '../shared/lateral-page.js';
import { PostEntity } from './post.entity.js';
import { POST_SORT_KEYS } from './post.queries.js';

/**
 * Per-request loaders of posts. Members never get a hidden post, nor a post of a
 * hidden thread, and never count one.
 */
@Injectable()
export class PostLoaders {
  constructor(private readonly dataSource: DataSource) {}

  postById(ctx: RequestContext): DataLoader<string, PostEntity | null> {
    const all = ctx.viewer.canModerate;
    return ctx.loaders.get('forum.postById', () =>
      new DataLoader<string, PostEntity | null>(async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => null);
        const qb = this.dataSource.getRepository(PostEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids: valid });
        if (!all) {
          qb.andWhere('p.hidden = false').andWhere('NOT EXISTS (SELECT 1 FROM thread t WHERE t.id = p."threadId" AND t.hidden)');
        }
        return byKeys(ids, await qb.getMany(), (p) => p.id);
      }),
    );
  }

  postCountByThread(ctx: RequestContext): DataLoader<string, number> {
    const hidden = ctx.viewer.canModerate ? '' : 'AND NOT "hidden"';
    return ctx.loaders.get('forum.postCountByThread', () =>
      new DataLoader<string, number>((ids) =>
        groupedCounts(
          this.dataSource,
          ids,
          `SELECT "threadId" AS key, count(*)::int AS n FROM post WHERE "threadId" = ANY($1::uuid[]) ${hidden} GROUP BY 1`,
        ),
      ),
    );
  }

  postCountByMember(ctx: RequestContext): DataLoader<string, number> {
    const hidden = ctx.viewer.canModerate ? '' : 'AND NOT p."hidden" AND NOT t."hidden"';
    return ctx.loaders.get('forum.postCountByMember', () =>
      new DataLoader<string, number>((ids) =>
        groupedCounts(
          this.dataSource,
          ids,
          `SELECT p."authorId" AS key, count(*)::int AS n FROM post p JOIN thread t ON t.id = p."threadId"
           WHERE p."authorId" = ANY($1::uuid[]) ${hidden} GROUP BY 1`,
        ),
      ),
    );
  }

  /** Whether the viewer marked each post useful; anonymous viewers never did (no query). */
  viewerFoundUseful(ctx: RequestContext): DataLoader<string, boolean> {
    const memberId = ctx.viewer.memberId;
    return ctx.loaders.get('forum.viewerFoundUseful', () =>
      new DataLoader<string, boolean>(async (postIds) => {
        if (!memberId) return postIds.map(() => false);
        const valid = postIds.filter(isUuid);
        const rows: Array<{ postId: string }> = valid.length
          ? await this.dataSource.query(`SELECT "postId" FROM useful_mark WHERE "memberId" = $1 AND "postId" = ANY($2::uuid[])`, [
              memberId,
              valid,
            ])
          : [];
        const marked = new Set(rows.map((r) => r.postId));
        return postIds.map((id) => marked.has(id));
      }),
    );
  }

  /** A page of Thread.posts for many threads in one statement (the threads are already visible). */
  postsByThread(ctx: RequestContext, args: PageArgs): DataLoader<string, Page<PostEntity>> {
    const all = ctx.viewer.canModerate;
    const key = `forum.postsByThread:${args.first ?? ''}:${args.after ?? ''}`;
    return ctx.loaders.get(key, () =>
      new DataLoader<string, Page<PostEntity>>(async (threadIds) => {
        const pages = await lateralPages<PostEntity>(this.dataSource.manager, threadIds, args, {
          from: 'post p',
          select: selectColumns(this.dataSource, PostEntity, 'p'),
          parentColumn: 'p."threadId"',
          where: () => (all ? [] : ['NOT p."hidden"']),
          keys: POST_SORT_KEYS,
        });
        // Replies to posts of the same page need no further query.
        const byId = this.postById(ctx);
        for (const page of pages) for (const post of page.nodes) byId.prime(post.id, post);
        return pages;
      }),
    );
  }
}
