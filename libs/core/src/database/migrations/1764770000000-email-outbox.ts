import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable outbox: one row per e-mail, written in the transaction of its cause and sent by
 * the mail worker. `dedupeKey` (optional) keeps one cause from queueing the same e-mail twice.
 */
export class EmailOutbox1764770000000 implements MigrationInterface {
  name = 'EmailOutbox1764770000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_outbox (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "recipient" varchar(320) NOT NULL,
        "subject" varchar(300) NOT NULL,
        "text" text NOT NULL,
        "html" text,
        "headers" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "status" varchar(10) NOT NULL DEFAULT 'PENDING' CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')),
        "attempts" int NOT NULL DEFAULT 0,
        "lastError" text,
        "nextAttemptAt" timestamptz(3) NOT NULL DEFAULT now(),
        "sentAt" timestamptz(3),
        "dedupeKey" varchar(200),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_email_outbox_dedupe" ON email_outbox ("dedupeKey")`);
    await q.query(`CREATE INDEX "IDX_email_outbox_due" ON email_outbox ("nextAttemptAt") WHERE "status" = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
  }
}
