import type { MemberStatus, Queryable, Role } from '@app/core';

/**
 * What a request's viewer is read from: the member's current role, status, joining date and
 * token version (null for no such member).
 */
export async function viewerFields(
  db: Queryable,
  memberId: string,
): Promise<{ role: Role; status: MemberStatus; joinedAt: Date; tokenVersion: number } | null> {
  const rows: Array<{ role: Role; status: MemberStatus; joinedAt: Date; tokenVersion: number }> = await db.query(
    'SELECT "role", "status", "joinedAt", "tokenVersion" FROM member WHERE "id" = $1',
    [memberId],
  );
  return rows[0] ?? null;
}

/**
 * Records a visit: after an hour away the last visit becomes the previous one (the digest's
 * default start). Skipped within five minutes, so reconnections write nothing.
 */
export async function recordVisit(db: Queryable, memberId: string): Promise<void> {
  await db.query(
    `UPDATE member SET
       "previousSeenAt" = CASE WHEN "lastSeenAt" IS NULL OR "lastSeenAt" < now() - interval '1 hour'
                               THEN "lastSeenAt" ELSE "previousSeenAt" END,
       "lastSeenAt" = now()
     WHERE "id" = $1 AND ("lastSeenAt" IS NULL OR "lastSeenAt" < now() - interval '5 minutes')`,
    [memberId],
  );
}
