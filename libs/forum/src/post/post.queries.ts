import type { DataSource, EntityManager } from 'typeorm';
import { lateralPagesSql, PageArgs, readerOf, SortKey, ViewerContext } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { visiblePostSql } from '../forum.rules.js';
import { selectColumns } from '../shared/columns.js';
import { jsonColumns } from '../shared/json-rows.js';
import { PostEntity } from './post.entity.js';

/** Thread.posts (alias `p`): the opening post first, then oldest first. */
export const POST_SORT_KEYS: SortKey<PostEntity>[] = [
  { expr: 'p."opening"', direction: 'DESC', cast: 'boolean', value: (p) => p.opening },
  { expr: 'p."createdAt"', direction: 'ASC', cast: 'timestamptz', value: (p) => p.createdAt },
  { expr: 'p."id"', direction: 'ASC', cast: 'uuid', value: (p) => p.id },
];

/** What the statement of postPagesSql brings besides the post's own columns: whether the viewer marked it useful. */
export interface PostPageExtras {
  __useful: boolean;
}

/** A member named by the posts of postPagesSql's pages (author or mention), with its administration, as JSON. */
export interface PostPageMember {
  member: Record<string, unknown> | null;
  administration: Record<string, unknown> | null;
}

/**
 * The pages of Thread.posts of `threadIds` (threads the viewer sees) in one statement: each post
 * with whether the viewer marked it useful (a join), and once for all the rows, on one of them, the
 * members they name (authors and mentions) with their administrations (`__once`, PostPageMember[]).
 */
export function postPagesSql(ds: DataSource, viewer: ViewerContext, threadIds: readonly string[], args: PageArgs) {
  const memberId = viewer.memberId;
  return lateralPagesSql<PostEntity>(
    threadIds,
    args,
    {
      from: (p) => (memberId ? `post p LEFT JOIN useful_mark pu ON pu."postId" = p.id AND pu."memberId" = ${p(memberId)}::uuid` : 'post p'),
      select: `${selectColumns(ds, PostEntity, 'p')}, ${memberId ? 'pu."postId" IS NOT NULL' : 'false'} AS "__useful"`,
      parentColumn: 'p."threadId"',
      where: (p) => [visiblePostSql('p', readerOf(viewer, p), { threadShown: true })],
      keys: POST_SORT_KEYS,
    },
    () => `SELECT json_agg(json_build_object('member', ${jsonColumns(ds, MemberEntity, 'pm')}, 'administration', ${jsonColumns(ds, AdministrationEntity, 'pma')}))
           FROM member pm LEFT JOIN administration pma ON pma.id = pm."administrationId"
           WHERE pm.id IN (SELECT "authorId" FROM page UNION SELECT unnest("mentionedIds") FROM page)`,
  );
}

/** Marks a post useful for a member; false when the member had already marked it. */
export async function insertUsefulMark(em: EntityManager, postId: string, memberId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO useful_mark ("postId", "memberId") VALUES ($1, $2) ON CONFLICT ON CONSTRAINT "PK_useful_mark" DO NOTHING RETURNING 1`,
    [postId, memberId],
  );
  return rows.length === 1;
}

/** Adds `delta` to a post's useful count (atomic); returns the new count and whether the post is hidden. */
export async function addPostUsefulCount(em: EntityManager, postId: string, delta: number): Promise<{ usefulCount: number; hidden: boolean }> {
  const [rows]: [Array<{ usefulCount: number; hidden: boolean }>, number] = await em.query(
    `UPDATE post SET "usefulCount" = "usefulCount" + $2 WHERE id = $1 RETURNING "usefulCount", "hidden"`,
    [postId, delta],
  );
  return rows[0];
}
