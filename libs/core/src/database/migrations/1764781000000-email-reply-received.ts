import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replies by e-mail already handled, one row per reply address and message (the SHA-256 of its
 * Message-ID), so a message delivered twice is posted, or refused, once. `postId` is the post it
 * became; `refusal` the reason it was refused instead (e-mailed to the member).
 */
export class EmailReplyReceived1764781000000 implements MigrationInterface {
  name = 'EmailReplyReceived1764781000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_reply_received (
        "token" varchar(32) NOT NULL REFERENCES email_reply_token("token") ON DELETE CASCADE,
        "messageKey" varchar(64) NOT NULL,
        "postId" uuid REFERENCES post("id") ON DELETE SET NULL,
        "refusal" text,
        "receivedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "PK_email_reply_received" PRIMARY KEY ("token", "messageKey")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_reply_received`);
  }
}
