import type { EntityManager } from 'typeorm';
import { memberReader, Queryable, readerOf, SqlParams, ViewerContext } from '@app/core';
import { visibleNotificationSql } from './notification.rules.js';

/** The viewer's unread notifications that it may still see (`unreadNotificationCount`). */
export async function countUnread(db: Queryable, viewer: ViewerContext & { memberId: string }): Promise<number> {
  const params = new SqlParams();
  const [{ count }] = await db.query<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM notification n
      WHERE n."recipientId" = ${params.p(viewer.memberId)} AND n."readAt" IS NULL AND ${visibleNotificationSql('n', readerOf(viewer, params.p))}`,
    params.values,
  );
  return count;
}

/** The same count for each of the members (the `unread` pushes), each as its own row reads it. */
export function countUnreadOfMembers(db: Queryable, memberIds: string[]): Promise<Array<{ id: string; count: number }>> {
  return db.query(
    `SELECT m."id", (SELECT count(*)::int FROM notification n
                        WHERE n."recipientId" = m."id" AND n."readAt" IS NULL
                          AND ${visibleNotificationSql('n', memberReader('m'))}) AS count
       FROM member m WHERE m."id" = ANY($1::uuid[])`,
    [memberIds],
  );
}

/** Marks the member's given notifications (all when `ids` is null) read; returns how many changed. */
export async function markRead(em: EntityManager, memberId: string, ids: string[] | null): Promise<number> {
  const [, changed]: [unknown, number] = await em.query(
    `UPDATE notification SET "readAt" = now()
      WHERE "recipientId" = $1 AND "readAt" IS NULL AND ($2::uuid[] IS NULL OR "id" = ANY($2::uuid[]))`,
    [memberId, ids],
  );
  return changed;
}

/** The members with unread notifications (other than MODERATION) about any of these threads, posts or practices. */
export async function recipientsOfUnreadAbout(db: Queryable, threadIds: string[], postIds: string[], practiceIds: string[]): Promise<string[]> {
  const rows: Array<{ recipientId: string }> = await db.query(
    `SELECT DISTINCT "recipientId" FROM notification
      WHERE "readAt" IS NULL AND "type" <> 'MODERATION'
        AND ("threadId" = ANY($1::uuid[]) OR "postId" = ANY($2::uuid[]) OR "practiceId" = ANY($3::uuid[]))`,
    [threadIds, postIds, practiceIds],
  );
  return rows.map((r) => r.recipientId);
}
