import type { QueryRunner } from 'typeorm';

// Shared by the migrations that add notification types.

/** The notification types that CHK_notification_type allows now (other migrations may add some). */
export async function notificationTypes(q: QueryRunner): Promise<string[]> {
  const [row]: Array<{ def: string }> = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conname = 'CHK_notification_type' AND conrelid = 'notification'::regclass`,
  );
  return [...row.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
}

export async function allowNotificationTypes(q: QueryRunner, types: string[]): Promise<void> {
  // Each value matched [A-Z_]+ above or is a literal of a migration: safe to write into the DDL.
  const list = types.map((t) => `'${t}'`).join(', ');
  await q.query(`ALTER TABLE notification DROP CONSTRAINT "CHK_notification_type"`);
  await q.query(`ALTER TABLE notification ADD CONSTRAINT "CHK_notification_type" CHECK ("type" IN (${list}))`);
}
