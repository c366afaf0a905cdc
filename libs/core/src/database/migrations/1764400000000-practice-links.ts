import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Links between discussions and good practices: who linked them, when, and why. */
export class PracticeLinks1764400000000 implements MigrationInterface {
  name = 'PracticeLinks1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE thread_practice_link (
        "threadId" uuid NOT NULL REFERENCES thread("id") ON DELETE CASCADE,
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "note" text,
        "linkedById" uuid NOT NULL REFERENCES member("id"),
        "linkedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "PK_thread_practice_link" PRIMARY KEY ("threadId", "practiceId")
      )`);
    await q.query(`CREATE INDEX "IDX_thread_practice_link_practice" ON thread_practice_link ("practiceId", "threadId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thread_practice_link`);
  }
}
