import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, countLoader, isUuid, namedCondition, Page, PageArgs, pagesOfRows, prepared, PrimedLoader, readerOf, RequestContext } from '@app/core';
import { memberCardOf, MembersLoaders } from '@app/members';
import { visiblePostCountSql, visiblePostSql } from '../forum.rules.js';
import { PostEntity } from './post.entity.js';
import { AUTHOR_CARD, POST_SORT_KEYS, postPagesSql, PostPageExtras } from './post.queries.js';

/**
 * Builds the post loaders; ForumLoadersFactory creates them once per request. Members never
 * get a hidden post, nor a post of a hidden thread, and never count one.
 */
export class PostLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  postById(ctx: RequestContext): DataLoader<string, PostEntity | null> {
    return new PrimedLoader<string, PostEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => null);
        const qb = this.dataSource.getRepository(PostEntity).createQueryBuilder('p').where('p.id IN (:...ids)', { ids: valid });
        const visible = namedCondition((p) => visiblePostSql('p', readerOf(ctx.viewer, p)));
        qb.andWhere(visible.sql, visible.params);
        return byKeys(ids, await qb.getMany(), (p) => p.id);
      },
    );
  }

  /** What Thread.postCount shows the viewer, read from the thread's counters. */
  postCountByThread(ctx: RequestContext): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) => `SELECT t."id" AS key, ${visiblePostCountSql('t', readerOf(ctx.viewer, p))} AS n FROM thread t WHERE t."id" = ANY(${keys})`,
    );
  }

  postCountByMember(ctx: RequestContext): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) =>
        `SELECT p."authorId" AS key, count(*)::int AS n FROM post p JOIN thread t ON t.id = p."threadId"
         WHERE p."authorId" = ANY(${keys}) AND ${visiblePostSql('p', readerOf(ctx.viewer, p), { thread: 't' })} GROUP BY 1`,
    );
  }

  /** Whether the viewer marked each post useful; anonymous viewers never did (no query). */
  viewerFoundUseful(ctx: RequestContext): DataLoader<string, boolean> {
    const memberId = ctx.viewer.memberId;
    return new PrimedLoader<string, boolean>(
      async (postIds) => {
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
      },
    );
  }

  /**
   * A page of Thread.posts for many threads in one statement (the threads are already visible).
   * The same statement brings whether the viewer marked each post useful and the cards of the
   * members each post names (its author, its mentions), and primes their loaders (`primed`, the
   * request's): a thread page costs one query for its posts whatever their number. A prepared
   * statement: planned once per connection.
   */
  postsByThread(ctx: RequestContext, args: PageArgs, primed: PostPagePrimed): DataLoader<string, Page<PostEntity>> {
    return new DataLoader<string, Page<PostEntity>>(
      async (threadIds) => {
        const statement = postPagesSql(this.dataSource, ctx.viewer, threadIds, args);
        const pages = pagesOfRows<PostEntity & PostPageExtras>(
          await prepared(this.dataSource).query(statement.sql, statement.values),
          threadIds,
          statement.first,
          POST_SORT_KEYS,
        );
        const cards = primed.members.memberCardById;
        for (const page of pages) {
          for (const post of page.nodes) {
            // The row stands for the post's entity; its extra columns ride along, read only here.
            cards.prime(post.authorId, memberCardOf(post as unknown as Record<string, unknown>, AUTHOR_CARD));
            for (const mention of post.__mentions ?? []) cards.prime(mention.id as string, memberCardOf(mention));
            primed.viewerFoundUseful.prime(post.id, post.__useful);
            // Replies to posts of the same page need no further query.
            primed.postById.prime(post.id, post);
          }
        }
        return pages;
      },
    );
  }
}

/** The loaders of the request that postsByThread primes with what its statement brings. */
export interface PostPagePrimed {
  postById: DataLoader<string, PostEntity | null>;
  viewerFoundUseful: DataLoader<string, boolean>;
  members: MembersLoaders;
}
