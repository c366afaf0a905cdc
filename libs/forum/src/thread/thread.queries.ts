import type { DataSource, EntityManager } from 'typeorm';
import { Queryable, readerOf, SortKey, SqlParams, ViewerContext } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { CategoryEntity } from '../category/category.entity.js';
import { ThreadOrder } from '../forum.enums.js';
import { visiblePostSql } from '../forum.rules.js';
import { selectColumns } from '../shared/columns.js';
import { fromJson, jsonColumns } from '../shared/json-rows.js';
import { ThreadEntity } from './thread.entity.js';

/**
 * Keyset orders of thread lists (alias `t`). In the forum's lists (all threads or a
 * category) the pinned threads come first in LAST_ACTIVITY order; the id makes every
 * order total.
 */
export function threadSortKeys(order: ThreadOrder, pinnedFirst: boolean): SortKey<ThreadEntity>[] {
  const id: SortKey<ThreadEntity> = { expr: 't."id"', direction: 'DESC', cast: 'uuid', value: (t) => t.id };
  const activity: SortKey<ThreadEntity> = {
    expr: 't."lastActivityAt"',
    direction: 'DESC',
    cast: 'timestamptz',
    value: (t) => t.lastActivityAt,
  };
  switch (order) {
    case ThreadOrder.NEWEST:
      return [{ expr: 't."createdAt"', direction: 'DESC', cast: 'timestamptz', value: (t) => t.createdAt }, id];
    case ThreadOrder.MOST_USEFUL:
      return [{ expr: 't."usefulCount"', direction: 'DESC', cast: 'int', value: (t) => t.usefulCount }, activity, id];
    case ThreadOrder.LAST_ACTIVITY:
    default:
      return pinnedFirst
        ? [{ expr: 't."pinned"', direction: 'DESC', cast: 'boolean', value: (t) => t.pinned }, activity, id]
        : [activity, id];
  }
}

/** A thread with what its page shows of it (see findThreadPage). */
export interface ThreadWithRelations {
  thread: ThreadEntity;
  category: CategoryEntity | null;
  author: MemberEntity | null;
  administration: AdministrationEntity | null;
  postCount: number;
}

interface ThreadRelationsRow {
  __category: Record<string, unknown> | null;
  __author: Record<string, unknown> | null;
  __administration: Record<string, unknown> | null;
  __postCount: number;
}

/**
 * The thread of a thread page, with in the same statement its category, its author and the
 * author's administration, and the number of posts the viewer sees (whether the viewer may see
 * the thread itself is the caller's to check). Null when there is no such thread.
 */
export async function findThreadPage(ds: DataSource, viewer: ViewerContext, id: string): Promise<ThreadWithRelations | null> {
  const params = new SqlParams();
  const [row]: Array<ThreadEntity & ThreadRelationsRow> = await ds.query(
    `SELECT ${selectColumns(ds, ThreadEntity, 't')},
            ${jsonColumns(ds, CategoryEntity, 'c')} AS "__category",
            ${jsonColumns(ds, MemberEntity, 'a')} AS "__author",
            ${jsonColumns(ds, AdministrationEntity, 'aa')} AS "__administration",
            (SELECT count(*)::int FROM post p WHERE p."threadId" = t.id AND ${visiblePostSql('p', readerOf(viewer, params.p), { threadShown: true })}) AS "__postCount"
     FROM thread t
     LEFT JOIN category c ON c.id = t."categoryId"
     LEFT JOIN member a ON a.id = t."authorId"
     LEFT JOIN administration aa ON aa.id = a."administrationId"
     WHERE t.id = ${params.p(id)}`,
    params.values,
  );
  if (!row) return null;
  const { __category, __author, __administration, __postCount, ...thread } = row;
  return {
    thread: thread as ThreadEntity,
    category: fromJson(ds, CategoryEntity, __category),
    author: fromJson(ds, MemberEntity, __author),
    administration: fromJson(ds, AdministrationEntity, __administration),
    postCount: Number(__postCount),
  };
}

/** Moves every post of a thread into another (none of them opening it any more); returns their ids. */
export async function movePosts(em: EntityManager, fromThreadId: string, toThreadId: string): Promise<string[]> {
  const [moved]: [Array<{ id: string }>, number] = await em.query(
    `UPDATE post SET "threadId" = $2, "opening" = false WHERE "threadId" = $1 RETURNING id`,
    [fromThreadId, toThreadId],
  );
  return moved.map((r) => r.id);
}

/** Adds `delta` to a thread's useful total (atomic: concurrent marks are all counted). */
export async function addThreadUsefulCount(db: Queryable, threadId: string, delta: number): Promise<void> {
  await db.query(`UPDATE thread SET "usefulCount" = "usefulCount" + $2 WHERE id = $1`, [threadId, delta]);
}
