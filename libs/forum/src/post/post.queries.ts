import type { DataSource, EntityManager } from 'typeorm';
import { lateralPagesSql, PageArgs, readerOf, SortKey, ViewerContext } from '@app/core';
import { memberCardSql } from '@app/members';
import { visiblePostSql } from '../forum.rules.js';
import { selectColumns } from '../shared/columns.js';
import { PostEntity } from './post.entity.js';

/** Thread.posts (alias `p`): the opening post first, then oldest first. */
export const POST_SORT_KEYS: SortKey<PostEntity>[] = [
  { expr: 'p."opening"', direction: 'DESC', cast: 'boolean', value: (p) => p.opening },
  { expr: 'p."createdAt"', direction: 'ASC', cast: 'timestamptz', value: (p) => p.createdAt },
  { expr: 'p."id"', direction: 'ASC', cast: 'uuid', value: (p) => p.id },
];

/** What the statement of postPagesSql brings besides the post's own columns. */
export interface PostPageExtras {
  /** Whether the viewer marked the post useful. */
  __useful: boolean;
  /** The members the post names (mentions), as their cards' rows (`memberCardOf`); null when it names none. */
  __mentions: Array<Record<string, unknown>> | null;
}

/** The prefix of the author's card columns in the rows of postPagesSql (`memberCardOf(row, AUTHOR_CARD)`). */
export const AUTHOR_CARD = '__author_';

/**
 * The pages of Thread.posts of `threadIds` (threads the viewer sees) in one statement: each post
 * with whether the viewer marked it useful, its author's card (flat joined columns) and the cards
 * of the members it names (a small JSON array, only for posts that name someone). Narrow columns
 * and no JSON object built per member: the page's statement costs about what a hand-written one does.
 */
export function postPagesSql(ds: DataSource, viewer: ViewerContext, threadIds: readonly string[], args: PageArgs) {
  const memberId = viewer.memberId;
  const mentions = `CASE WHEN cardinality(p."mentionedIds") > 0 THEN (
      SELECT json_agg(card) FROM (SELECT ${memberCardSql('pm', 'pma')} FROM member pm LEFT JOIN administration pma ON pma."id" = pm."administrationId"
                                  WHERE pm."id" = ANY(p."mentionedIds")) AS card) END`;
  return lateralPagesSql<PostEntity>(threadIds, args, {
    from: (p) =>
      `post p JOIN member pa ON pa."id" = p."authorId" LEFT JOIN administration paa ON paa."id" = pa."administrationId"${
        memberId ? ` LEFT JOIN useful_mark pu ON pu."postId" = p.id AND pu."memberId" = ${p(memberId)}::uuid` : ''
      }`,
    select: `${selectColumns(ds, PostEntity, 'p')}, ${memberId ? 'pu."postId" IS NOT NULL' : 'false'} AS "__useful",
             ${memberCardSql('pa', 'paa', AUTHOR_CARD)}, ${mentions} AS "__mentions"`,
    parentColumn: 'p."threadId"',
    where: (p) => [visiblePostSql('p', readerOf(viewer, p), { threadShown: true })],
    keys: POST_SORT_KEYS,
  });
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
