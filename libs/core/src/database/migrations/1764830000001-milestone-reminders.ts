import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Milestones due tomorrow are notified once: when that went out. */
export class MilestoneReminders1764830000001 implements MigrationInterface {
  name = 'MilestoneReminders1764830000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestone ADD COLUMN "dueRemindedAt" timestamptz(3)`);
    await q.query(`CREATE INDEX "IDX_milestone_due" ON milestone ("dueDate") WHERE "doneAt" IS NULL AND "dueRemindedAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_milestone_due"`);
    await q.query(`ALTER TABLE milestone DROP COLUMN "dueRemindedAt"`);
  }
}
