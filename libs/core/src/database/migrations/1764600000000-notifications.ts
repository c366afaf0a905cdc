import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows and the notification inbox. No foreign keys to forum or practice rows: a follow or a
 * notification may outlive its target, and the readers filter what is gone or hidden. */
export class Notifications1764600000000 implements MigrationInterface {
  name = 'Notifications1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "targetType" varchar(20) NOT NULL,
        "targetId" text NOT NULL,
        "level" varchar(30) NOT NULL DEFAULT 'WATCHING',
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_follow_member_target" UNIQUE ("memberId", "targetType", "targetId"),
        CONSTRAINT "CHK_follow_target_type" CHECK ("targetType" IN ('THREAD', 'PRACTICE', 'CATEGORY', 'MEMBER', 'TAG')),
        CONSTRAINT "CHK_follow_level" CHECK ("level" IN ('WATCHING', 'WATCHING_FIRST_POST', 'MUTED'))
      )`);
    // Fan-out from a target to its followers: the one access path of notification generation.
    await q.query(`CREATE INDEX "IDX_follow_target" ON follow ("targetType", "targetId") INCLUDE ("memberId", "level")`);

    await q.query(`
      CREATE TABLE notification (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "recipientId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "type" varchar(30) NOT NULL,
        "text" text NOT NULL,
        "actorId" uuid REFERENCES member("id") ON DELETE SET NULL,
        "threadId" uuid,
        "postId" uuid,
        "practiceId" uuid,
        "twinningId" uuid,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "readAt" timestamptz(3),
        CONSTRAINT "CHK_notification_type" CHECK ("type" IN ('NEW_THREAD', 'NEW_POST', 'REPLY', 'MENTION',
          'PRACTICE_UPDATED', 'PRACTICE_LINKED', 'MODERATION', 'TWINNING_STATUS'))
      )`);
    // The inbox page (newest first) and the unread badge, both per recipient.
    await q.query(`CREATE INDEX "IDX_notification_inbox" ON notification ("recipientId", "createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_notification_unread" ON notification ("recipientId", "createdAt" DESC, "id" DESC) WHERE "readAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE follow`);
  }
}
