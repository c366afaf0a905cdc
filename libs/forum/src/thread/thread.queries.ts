import type { DataSource, EntityManager } from 'typeorm';
import { prepared, Queryable, readerOf, SortKey, SqlParams, ViewerContext } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { PracticeEntity, visiblePracticeSql } from '@app/practices';
import { CategoryEntity } from '../category/category.entity.js';
import { ThreadOrder } from '../forum.enums.js';
import { visiblePostCountSql } from '../forum.rules.js';
import { PracticeLinkEntity } from '../practice-link/practice-link.entity.js';
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
  /** The thread's links, oldest first, with their practice (null when the viewer may not see it) and who linked it. */
  links: Array<{ link: PracticeLinkEntity; practice: PracticeEntity | null; linkedBy: MemberEntity | null }>;
}

interface ThreadRelationsRow {
  __category: Record<string, unknown> | null;
  __author: Record<string, unknown> | null;
  __administration: Record<string, unknown> | null;
  __postCount: number;
  __links: Array<{ link: Record<string, unknown>; practice: Record<string, unknown> | null; visible: boolean; linkedBy: Record<string, unknown> | null }> | null;
}

/**
 * The thread of a thread page, with in the same statement its category, its author and the
 * author's administration, the number of posts the viewer sees (from the thread's counters) and
 * its links to practices with whether the viewer may see each practice and who linked it (whether
 * the viewer may see the thread itself is the caller's to check). Null when there is no such
 * thread. A prepared statement: planned once per connection.
 */
export async function findThreadPage(ds: DataSource, viewer: ViewerContext, id: string): Promise<ThreadWithRelations | null> {
  const statement = threadPageSql(ds, viewer, id);
  const [row]: Array<ThreadEntity & ThreadRelationsRow> = await prepared(ds).query(statement.sql, statement.values);
  if (!row) return null;
  const { __category, __author, __administration, __postCount, __links, ...thread } = row;
  return {
    thread: thread as ThreadEntity,
    category: fromJson(ds, CategoryEntity, __category),
    author: fromJson(ds, MemberEntity, __author),
    administration: fromJson(ds, AdministrationEntity, __administration),
    postCount: Number(__postCount),
    links: (__links ?? []).map(({ link, practice, visible, linkedBy }) => ({
      link: fromJson(ds, PracticeLinkEntity, link)!,
      practice: visible ? fromJson(ds, PracticeEntity, practice) : null,
      linkedBy: fromJson(ds, MemberEntity, linkedBy),
    })),
  };
}

/** The statement of findThreadPage. */
export function threadPageSql(ds: DataSource, viewer: ViewerContext, id: string): { sql: string; values: unknown[] } {
  const params = new SqlParams();
  const reader = readerOf(viewer, params.p);
  const sql = `SELECT ${selectColumns(ds, ThreadEntity, 't')},
            ${jsonColumns(ds, CategoryEntity, 'c')} AS "__category",
            ${jsonColumns(ds, MemberEntity, 'a')} AS "__author",
            ${jsonColumns(ds, AdministrationEntity, 'aa')} AS "__administration",
            ${visiblePostCountSql('t', reader)} AS "__postCount",
            (SELECT json_agg(json_build_object(
                      'link', ${jsonColumns(ds, PracticeLinkEntity, 'l', 'threadId')},
                      'practice', ${jsonColumns(ds, PracticeEntity, 'lp')},
                      'visible', ${visiblePracticeSql('lp', reader)},
                      'linkedBy', ${jsonColumns(ds, MemberEntity, 'lm')})
                    ORDER BY l."linkedAt" ASC, l."practiceId" ASC)
             FROM thread_practice_link l
             LEFT JOIN practice lp ON lp.id = l."practiceId"
             LEFT JOIN member lm ON lm.id = l."linkedById"
             WHERE l."threadId" = t.id) AS "__links"
     FROM thread t
     LEFT JOIN category c ON c.id = t."categoryId"
     LEFT JOIN member a ON a.id = t."authorId"
     LEFT JOIN administration aa ON aa.id = a."administrationId"
     WHERE t.id = ${params.p(id)}::uuid`;
  return { sql, values: params.values };
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
