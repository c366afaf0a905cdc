import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, countLoader, isUuid, lateralPages, namedCondition, Page, PageArgs, readerOf, RequestContext } from '@app/core';
import { AdministrationEntity, MemberEntity, MembersLoaders } from '@app/members';
import { visiblePostSql } from '../forum.rules.js';
import { selectColumns } from '../shared/columns.js';
import { fromJson, jsonColumns } from '../shared/json-rows.js';
import { PostEntity } from './post.entity.js';
import { POST_SORT_KEYS } from './post.queries.js';

/**
 * Builds the post loaders; ForumLoadersFactory creates them once per request. Members never
 * get a hidden post, nor a post of a hidden thread, and never count one.
 */
export class PostLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  postById(ctx: RequestContext): DataLoader<string, PostEntity | null> {
    return new DataLoader<string, PostEntity | null>(
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

  postCountByThread(ctx: RequestContext): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) =>
        `SELECT p."threadId" AS key, count(*)::int AS n FROM post p
         WHERE p."threadId" = ANY(${keys}) AND ${visiblePostSql('p', readerOf(ctx.viewer, p), { threadShown: true })} GROUP BY 1`,
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
    return new DataLoader<string, boolean>(
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
   * The same statement brings each post's author with its administration, the mentioned members
   * and whether the viewer marked it useful, and primes their loaders (`primed`, the request's):
   * a thread page costs one query for its posts whatever their number.
   */
  postsByThread(ctx: RequestContext, args: PageArgs, primed: PostPagePrimed): DataLoader<string, Page<PostEntity>> {
    const memberId = ctx.viewer.memberId;
    return new DataLoader<string, Page<PostEntity>>(
      async (threadIds) => {
        const member = (alias: string) => jsonColumns(this.dataSource, MemberEntity, alias);
        const pages = await lateralPages<PostEntity & PostExtras>(this.dataSource.manager, threadIds, args, {
          from: `post p LEFT JOIN member pa ON pa.id = p."authorId" LEFT JOIN administration paa ON paa.id = pa."administrationId"`,
          select: (p) => `${selectColumns(this.dataSource, PostEntity, 'p')},
            ${member('pa')} AS "__author",
            ${jsonColumns(this.dataSource, AdministrationEntity, 'paa')} AS "__administration",
            CASE WHEN cardinality(p."mentionedIds") = 0 THEN NULL
                 ELSE (SELECT json_agg(${member('pm')}) FROM member pm WHERE pm.id = ANY(p."mentionedIds")) END AS "__mentions",
            ${memberId ? `EXISTS (SELECT 1 FROM useful_mark pu WHERE pu."postId" = p.id AND pu."memberId" = ${p(memberId)}::uuid)` : 'false'} AS "__useful"`,
          parentColumn: 'p."threadId"',
          where: (p) => [visiblePostSql('p', readerOf(ctx.viewer, p), { threadShown: true })],
          keys: POST_SORT_KEYS,
        });
        const byId = primed.postById;
        const useful = primed.viewerFoundUseful;
        const members = primed.members.memberById;
        const administrations = primed.members.administrationById;
        for (const page of pages) {
          for (const post of page.nodes) {
            const { __author, __administration, __mentions, __useful } = post;
            delete (post as Partial<PostExtras>).__author;
            delete (post as Partial<PostExtras>).__administration;
            delete (post as Partial<PostExtras>).__mentions;
            delete (post as Partial<PostExtras>).__useful;
            for (const json of [__author, ...(__mentions ?? [])]) {
              const found = fromJson(this.dataSource, MemberEntity, json);
              if (found) members.prime(found.id, found);
            }
            const administration = fromJson(this.dataSource, AdministrationEntity, __administration);
            if (administration) administrations.prime(administration.id, administration);
            useful.prime(post.id, __useful);
            // Replies to posts of the same page need no further query.
            byId.prime(post.id, post);
          }
        }
        return pages as Page<PostEntity>[];
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

/** What postsByThread's statement brings besides the post's own columns. */
interface PostExtras {
  __author: Record<string, unknown> | null;
  __administration: Record<string, unknown> | null;
  __mentions: Array<Record<string, unknown>> | null;
  __useful: boolean;
}
