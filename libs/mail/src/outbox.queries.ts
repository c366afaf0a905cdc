import type { Queryable } from '@app/core';
import { EmailOutboxEntity, EmailStatus } from './email-outbox.entity.js';

/** Marks the worker's own statements (background work, not any request's: the tests' query counter skips them). */
export const MAIL_WORKER_SQL_TAG = '/* mail-worker */';

/**
 * Claims up to `limit` due e-mails for `leaseSeconds`: their `nextAttemptAt` moves that far
 * ahead, so they are no longer due for any sweep (of this instance or another) until the
 * claimer has marked them, released them, or stopped without doing either (a crash: the lease
 * runs out and the next sweep sends them). `FOR UPDATE SKIP LOCKED`: claims running at the same
 * time take different rows, and a row claimed meanwhile is re-read by PostgreSQL and left out,
 * no longer being due.
 */
export async function claimDueEmails(db: Queryable, limit: number, leaseSeconds: number): Promise<EmailOutboxEntity[]> {
  const [rows] = await db.query<[EmailOutboxEntity[], number]>(
    `${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "nextAttemptAt" = now() + make_interval(secs => $3)
     WHERE "id" IN (
       SELECT "id" FROM email_outbox WHERE "status" = $1 AND "nextAttemptAt" <= now()
       ORDER BY "nextAttemptAt" LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [EmailStatus.PENDING, limit, leaseSeconds],
  );
  return rows;
}

/** The claimed e-mail was handed over. */
export async function markEmailSent(db: Queryable, id: string): Promise<void> {
  await db.query(`${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "status" = $2, "sentAt" = now(), "attempts" = "attempts" + 1, "lastError" = NULL WHERE "id" = $1`, [
    id,
    EmailStatus.SENT,
  ]);
}

/** The claimed e-mail was not handed over: one more attempt counted, the next one `delaySeconds` from now (or FAILED). */
export async function markEmailFailed(db: Queryable, id: string, attempts: number, status: EmailStatus, error: string, delaySeconds: number): Promise<void> {
  await db.query(
    `${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "attempts" = $2, "status" = $3, "lastError" = $4,
       "nextAttemptAt" = now() + make_interval(secs => $5) WHERE "id" = $1`,
    [id, attempts, status, error, delaySeconds],
  );
}

/** Gives back claimed e-mails that were not tried (a stopping instance): due at once again, no attempt counted. */
export async function releaseEmails(db: Queryable, ids: string[]): Promise<void> {
  await db.query(`${MAIL_WORKER_SQL_TAG} UPDATE email_outbox SET "nextAttemptAt" = now() WHERE "id" = ANY($1::uuid[]) AND "status" = $2`, [ids, EmailStatus.PENDING]);
}

/** When the earliest pending e-mail is due (a retry, or a claim's lease running out), or null. */
export async function nextEmailDue(db: Queryable): Promise<Date | null> {
  const [next]: Array<{ due: Date | null }> = await db.query(`${MAIL_WORKER_SQL_TAG} SELECT min("nextAttemptAt") AS "due" FROM email_outbox WHERE "status" = $1`, [
    EmailStatus.PENDING,
  ]);
  return next?.due ? new Date(next.due) : null;
}
