import type { MemberStatus, Queryable, Role } from '@app/core';

/** What a request's viewer is read from: the member's current role, status and joining date (null for no such member). */
export async function viewerFields(db: Queryable, memberId: string): Promise<{ role: Role; status: MemberStatus; joinedAt: Date } | null> {
  const rows: Array<{ role: Role; status: MemberStatus; joinedAt: Date }> = await db.query(
    'SELECT "role", "status", "joinedAt" FROM member WHERE "id" = $1',
    [memberId],
  );
  return rows[0] ?? null;
}
