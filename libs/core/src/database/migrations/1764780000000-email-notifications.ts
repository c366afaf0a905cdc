import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification e-mails, digests and replies by e-mail:
 * - `notification_settings`: what a member wants by e-mail (no row: the defaults);
 * - `notification."emailCheckedAt"`: when the e-mail worker decided about the notification (e-mailed
 *   or not); rows written before this migration count as decided, so no old notification is e-mailed;
 * - `email_reply_token`: the unguessable token of `reply+<token>@…`, one per recipient and post.
 */
export class EmailNotifications1764780000000 implements MigrationInterface {
  name = 'EmailNotifications1764780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_settings (
        "memberId" uuid PRIMARY KEY REFERENCES member("id") ON DELETE CASCADE,
        "emailImmediately" text[] NOT NULL DEFAULT '{MENTION,REPLY,MODERATION,TWINNING_STATUS}',
        "digest" varchar(10) NOT NULL DEFAULT 'WEEKLY',
        "lastDigestAt" timestamptz(3),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE notification ADD COLUMN "emailCheckedAt" timestamptz(3)`);
    await q.query(`UPDATE notification SET "emailCheckedAt" = "createdAt"`);
    await q.query(`CREATE INDEX "IDX_notification_email_pending" ON notification ("createdAt") WHERE "emailCheckedAt" IS NULL`);
    await q.query(`
      CREATE TABLE email_reply_token (
        "token" varchar(32) PRIMARY KEY,
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "postId" uuid NOT NULL REFERENCES post("id") ON DELETE CASCADE,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_email_reply_token_member_post" ON email_reply_token ("memberId", "postId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_reply_token`);
    await q.query(`DROP INDEX "IDX_notification_email_pending"`);
    await q.query(`ALTER TABLE notification DROP COLUMN "emailCheckedAt"`);
    await q.query(`DROP TABLE notification_settings`);
  }
}
