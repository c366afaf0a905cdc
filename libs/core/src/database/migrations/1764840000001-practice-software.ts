import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A practice that includes software: where its source code is and under which SPDX licence. */
export class PracticeSoftware1764840000001 implements MigrationInterface {
  name = 'PracticeSoftware1764840000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice ADD COLUMN "repositoryUrl" varchar(500), ADD COLUMN "licence" varchar(100)`);
    await q.query(`ALTER TABLE practice ADD CONSTRAINT "CHK_practice_repositoryUrl" CHECK ("repositoryUrl" ~ '^https?://')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice DROP COLUMN "repositoryUrl", DROP COLUMN "licence"`);
  }
}
