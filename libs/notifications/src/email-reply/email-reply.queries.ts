import type { Queryable } from '@app/core';

/** One message received at one reply address. */
export interface ReceivedReply {
  token: string;
  /** SHA-256 (hex) of the message's Message-ID. */
  messageKey: string;
}

/** Whether this message was already posted or refused at this address. */
export async function wasReceived(db: Queryable, reply: ReceivedReply): Promise<boolean> {
  const rows = await db.query<unknown[]>(`SELECT 1 FROM email_reply_received WHERE "token" = $1 AND "messageKey" = $2`, [reply.token, reply.messageKey]);
  return rows.length > 0;
}

/**
 * Records the message in the caller's transaction; false when another delivery of it got there
 * first (a concurrent one waits here until that one commits or rolls back).
 */
export async function claimReceived(db: Queryable, reply: ReceivedReply, refusal: string | null = null): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `INSERT INTO email_reply_received ("token", "messageKey", "refusal") VALUES ($1, $2, $3)
     ON CONFLICT ON CONSTRAINT "PK_email_reply_received" DO NOTHING RETURNING 1`,
    [reply.token, reply.messageKey, refusal],
  );
  return rows.length > 0;
}

/** The post a claimed message became. */
export async function recordPost(db: Queryable, reply: ReceivedReply, postId: string): Promise<void> {
  await db.query(`UPDATE email_reply_received SET "postId" = $3 WHERE "token" = $1 AND "messageKey" = $2`, [reply.token, reply.messageKey, postId]);
}
