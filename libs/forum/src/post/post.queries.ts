import type { EntityManager } from 'typeorm';
import type { SortKey } from '@app/core';
import type { PostEntity } from './post.entity.js';

/** Thread.posts (alias `p`): the opening post first, then oldest first. */
export const POST_SORT_KEYS: SortKey<PostEntity>[] = [
  { expr: 'p."opening"', direction: 'DESC', cast: 'boolean', value: (p) => p.opening },
  { expr: 'p."createdAt"', direction: 'ASC', cast: 'timestamptz', value: (p) => p.createdAt },
  { expr: 'p."id"', direction: 'ASC', cast: 'uuid', value: (p) => p.id },
];

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
