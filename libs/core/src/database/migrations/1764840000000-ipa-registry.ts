import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the IPA registry says of an administration besides its code: its codice fiscale and the
 * ISTAT code of the municipality of its seat (from which its region and province are derived).
 * The tax code is searched exactly by the administration picker.
 */
export class IpaRegistry1764840000000 implements MigrationInterface {
  name = 'IpaRegistry1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE administration ADD COLUMN "taxCode" varchar(16), ADD COLUMN "istatCode" varchar(6)`);
    await q.query(`ALTER TABLE administration ADD CONSTRAINT "CHK_administration_istatCode" CHECK ("istatCode" ~ '^[0-9]{6}$')`);
    await q.query(`CREATE INDEX "IDX_administration_taxCode" ON administration ("taxCode")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE administration DROP COLUMN "taxCode", DROP COLUMN "istatCode"`);
  }
}
