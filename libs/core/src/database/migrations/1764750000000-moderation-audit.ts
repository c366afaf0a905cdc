import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allowNotificationTypes, notificationTypes } from './notification-types.js';

/**
 * Moderation that can be audited: a flag's resolution is logged as FLAG_UPHELD or
 * FLAG_DISMISSED about the flagged post (older rows said RESOLVE_FLAG about the flag, with the
 * resolution and the post in their details, so they are rewritten); the log filters by action
 * and by moderator from an index; moderators get NEW_FLAG notifications.
 */
export class ModerationAudit1764750000000 implements MigrationInterface {
  name = 'ModerationAudit1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE moderation_action
         SET "action" = CASE "details"->>'resolution' WHEN 'HIDE_POST' THEN 'FLAG_UPHELD' ELSE 'FLAG_DISMISSED' END,
             "targetType" = 'POST',
             "targetId" = ("details"->>'postId')::uuid,
             "details" = ("details" - 'postId') || jsonb_build_object('flagId', "targetId")
       WHERE "action" = 'RESOLVE_FLAG' AND "targetType" = 'FLAG'
         AND "details"->>'resolution' IN ('HIDE_POST', 'DISMISS')
         AND "details"->>'postId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await q.query(`CREATE INDEX "IDX_moderation_action_action" ON moderation_action ("action", "createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_moderation_action_moderator" ON moderation_action ("moderatorId", "createdAt" DESC, "id" DESC)`);

    const types = await notificationTypes(q);
    if (!types.includes('NEW_FLAG')) await allowNotificationTypes(q, [...types, 'NEW_FLAG']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE "type" = 'NEW_FLAG'`);
    await allowNotificationTypes(q, (await notificationTypes(q)).filter((t) => t !== 'NEW_FLAG'));
    await q.query(`DROP INDEX "IDX_moderation_action_moderator"`);
    await q.query(`DROP INDEX "IDX_moderation_action_action"`);
    await q.query(`
      UPDATE moderation_action
         SET "action" = 'RESOLVE_FLAG',
             "targetType" = 'FLAG',
             "targetId" = ("details"->>'flagId')::uuid,
             "details" = ("details" - 'flagId') || jsonb_build_object('postId', "targetId")
       WHERE "action" IN ('FLAG_UPHELD', 'FLAG_DISMISSED') AND "details" ? 'flagId'`);
  }
}
