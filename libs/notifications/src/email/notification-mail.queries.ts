import type { EntityManager } from 'typeorm';
import { memberReader } from '@app/core';
import { visiblePostSql, visibleThreadSql } from '@app/forum';
import { visiblePracticeSql } from '@app/practices';
import type { NotificationType } from '../notifications.enums.js';
import { DEFAULT_EMAIL_IMMEDIATELY } from './notification-settings.model.js';

/** Marks the mail worker's statements (background work, outside any request). */
const TAG = '/* notification-mail */';

/** A notification not yet decided about, with what its e-mail needs. */
export interface DueNotification {
  id: string;
  type: NotificationType;
  text: string;
  createdAt: Date;
  /** Whether it is to be e-mailed: unread, of a type the member wants, still visible, member active. */
  wanted: boolean;
  email: string;
  threadId: string | null;
  threadTitle: string | null;
  postId: string | null;
  postBody: string | null;
  practiceSlug: string | null;
  practiceTitle: string | null;
  twinningId: string | null;
  needId: string | null;
}

const READER = memberReader('m');

/** Members with notifications whose delay has passed and that nobody decided about yet. */
export async function membersWithDueNotifications(em: EntityManager, delaySeconds: number, skip: string[], limit: number): Promise<string[]> {
  const rows: Array<{ recipientId: string }> = await em.query(
    `${TAG} SELECT DISTINCT n."recipientId" FROM notification n
      WHERE n."emailCheckedAt" IS NULL AND n."createdAt" <= now() - make_interval(secs => $1)
        AND NOT (n."recipientId" = ANY($2::uuid[]))
      LIMIT $3`,
    [delaySeconds, skip, limit],
  );
  return rows.map((r) => r.recipientId);
}

/** The earliest moment a pending notification becomes due, if any. */
export async function nextDue(em: EntityManager, delaySeconds: number): Promise<Date | null> {
  const [row]: Array<{ due: Date | null }> = await em.query(
    `${TAG} SELECT min(n."createdAt") + make_interval(secs => $1) AS "due" FROM notification n WHERE n."emailCheckedAt" IS NULL`,
    [delaySeconds],
  );
  return row?.due ? new Date(row.due) : null;
}

/**
 * Takes the member's advisory lock for this transaction (false: another instance is mailing them),
 * so that one member's pending notifications go out together.
 */
export async function lockMember(em: EntityManager, memberId: string): Promise<boolean> {
  const [row]: Array<{ locked: boolean }> = await em.query(`${TAG} SELECT pg_try_advisory_xact_lock(hashtext('notification-mail:' || $1)) AS "locked"`, [memberId]);
  return row.locked;
}

/**
 * The member's pending notifications, claimed (`FOR UPDATE SKIP LOCKED`), oldest first: once one is
 * due, those that came after it go in the same e-mails rather than in more e-mails a moment later.
 */
export async function claimPending(em: EntityManager, memberId: string): Promise<DueNotification[]> {
  return em.query(
    `${TAG} SELECT n."id", n."type", n."text", n."createdAt", n."threadId", n."postId", n."twinningId", n."needId",
            m."email", t."title" AS "threadTitle", p."body" AS "postBody", pr."slug" AS "practiceSlug", pr."title" AS "practiceTitle",
            (n."readAt" IS NULL AND m."status" = 'ACTIVE'
              AND n."type" = ANY(COALESCE(s."emailImmediately", $2::text[]))
              AND (t."id" IS NULL OR ${visibleThreadSql('t', READER)})
              AND (p."id" IS NULL OR ${visiblePostSql('p', READER, { thread: 't' })})
              AND (pr."id" IS NULL OR ${visiblePracticeSql('pr', READER)})) AS "wanted"
       FROM notification n
       JOIN member m ON m."id" = n."recipientId"
       LEFT JOIN notification_settings s ON s."memberId" = m."id"
       LEFT JOIN thread t ON t."id" = n."threadId"
       LEFT JOIN post p ON p."id" = n."postId"
       LEFT JOIN practice pr ON pr."id" = n."practiceId"
      WHERE n."recipientId" = $1 AND n."emailCheckedAt" IS NULL
      ORDER BY n."createdAt", n."id"
      FOR UPDATE OF n SKIP LOCKED`,
    [memberId, DEFAULT_EMAIL_IMMEDIATELY],
  );
}

/** Records the decision about these notifications (e-mailed or not), so none is considered twice. */
export async function markChecked(em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length) await em.query(`${TAG} UPDATE notification SET "emailCheckedAt" = now() WHERE "id" = ANY($1::uuid[])`, [ids]);
}
