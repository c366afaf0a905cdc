import type { DataSource, EntityManager } from 'typeorm';
import { prepared, Queryable, readerOf, SortKey, SqlParams, ViewerContext } from '@app/core';
import { MemberCard, memberCardOf, memberCardSql } from '@app/members';
import { CategoryEntity } from '../category/category.entity.js';
import { ThreadOrder } from '../forum.enums.js';
import { visiblePostCountSql } from '../forum.rules.js';
import { LinkWithCards, linkOfRow, linkRowsSql } from '../practice-link/practice-link.queries.js';
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
  /** The author's card. */
  author: MemberCard | null;
  postCount: number;
  /** The thread's links, oldest first, with their practice's card (null when the viewer may not see it) and the card of who linked it. */
  links: LinkWithCards[];
}

interface ThreadRelationsRow {
  __category: Record<string, unknown> | null;
  __postCount: number;
  __links: Array<Record<string, unknown>> | null;
}

/** The prefix of the author's card columns in the row of threadPageSql. */
const AUTHOR_CARD = '__author_';

/**
 * The thread of a thread page, with in the same statement its category, its author's card, the
 * number of posts the viewer sees (from the thread's counters) and its links to practices with
 * the cards of their practices (and whether the viewer may see each) and of who linked them
 * (whether the viewer may see the thread itself is the caller's to check). Null when there is no
 * such thread. A prepared statement: planned once per connection.
 */
export async function findThreadPage(ds: DataSource, viewer: ViewerContext, id: string): Promise<ThreadWithRelations | null> {
  const statement = threadPageSql(ds, viewer, id);
  const [row]: Array<ThreadEntity & ThreadRelationsRow> = await prepared(ds).query(statement.sql, statement.values);
  if (!row) return null;
  const { __category, __postCount, __links, ...rest } = row;
  // The rest of the row stands for the thread's entity; the author's card columns ride along, read only here.
  const columns = rest as unknown as Record<string, unknown>;
  return {
    thread: rest as ThreadEntity,
    category: fromJson(ds, CategoryEntity, __category),
    author: memberCardOf(columns, AUTHOR_CARD),
    postCount: Number(__postCount),
    links: (__links ?? []).map(linkOfRow),
  };
}

/** The statement of findThreadPage. */
export function threadPageSql(ds: DataSource, viewer: ViewerContext, id: string): { sql: string; values: unknown[] } {
  const params = new SqlParams();
  const reader = readerOf(viewer, params.p);
  const sql = `SELECT ${selectColumns(ds, ThreadEntity, 't')},
            ${jsonColumns(ds, CategoryEntity, 'c')} AS "__category",
            ${memberCardSql('a', 'aa', AUTHOR_CARD)},
            ${visiblePostCountSql('t', reader)} AS "__postCount",
            (SELECT json_agg(link) FROM (${linkRowsSql(ds, reader, 'l."threadId" = t.id')}) AS link) AS "__links"
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
