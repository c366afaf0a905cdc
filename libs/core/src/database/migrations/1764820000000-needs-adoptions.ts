import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allowNotificationTypes, notificationTypes } from './notification-types.js';

/**
 * Needs (fabbisogni) of administrations, the adoption ledger of practices with its history, the
 * record of which practices a need was matched with (so NEED_MATCHED goes once per need and
 * practice), and the NEED_MATCHED and ADOPTION notifications.
 */
export class NeedsAdoptions1764820000000 implements MigrationInterface {
  name = 'NeedsAdoptions1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "administrationId" uuid NOT NULL REFERENCES administration("id") ON DELETE CASCADE,
        "authorId" uuid NOT NULL REFERENCES member("id"),
        "title" varchar(200) NOT NULL,
        "description" text NOT NULL,
        "descriptionHtml" text NOT NULL,
        "themes" text[] NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "closedAt" timestamptz(3),
        "closedById" uuid REFERENCES member("id"),
        "searchVector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('italian_unaccent', coalesce("title", '')), 'A') ||
          setweight(to_tsvector('italian_unaccent', coalesce("description", '')), 'B')
        ) STORED,
        CONSTRAINT "CHK_need_status" CHECK ("status" IN ('OPEN', 'CLOSED'))
      )`);
    await q.query(`CREATE INDEX "IDX_need_created" ON need ("createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_need_administration" ON need ("administrationId", "status")`);
    await q.query(`CREATE INDEX "IDX_need_themes" ON need USING gin ("themes")`);

    await q.query(`
      CREATE TABLE adoption (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "administrationId" uuid NOT NULL REFERENCES administration("id") ON DELETE CASCADE,
        "stage" varchar(20) NOT NULL,
        "twinningId" uuid REFERENCES twinning("id") ON DELETE SET NULL,
        "verifiedById" uuid REFERENCES member("id"),
        "verifiedAt" timestamptz(3),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_adoption_practice_administration" UNIQUE ("practiceId", "administrationId"),
        CONSTRAINT "CHK_adoption_stage" CHECK ("stage" IN ('INTERESTED', 'EVALUATING', 'PILOT', 'IN_USE', 'ABANDONED')),
        CONSTRAINT "CHK_adoption_verified" CHECK (("verifiedById" IS NULL) = ("verifiedAt" IS NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_adoption_administration" ON adoption ("administrationId")`);
    await q.query(`CREATE INDEX "IDX_adoption_in_use" ON adoption ("practiceId") WHERE "stage" = 'IN_USE' AND "verifiedById" IS NOT NULL`);
    await q.query(`
      CREATE TABLE adoption_stage_change (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "adoptionId" uuid NOT NULL REFERENCES adoption("id") ON DELETE CASCADE,
        "from" varchar(20),
        "to" varchar(20) NOT NULL,
        "byId" uuid NOT NULL REFERENCES member("id"),
        "note" text,
        "at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_adoption_stage_change_adoption" ON adoption_stage_change ("adoptionId", "at", "id")`);

    await q.query(`
      CREATE TABLE need_practice_match (
        "needId" uuid NOT NULL REFERENCES need("id") ON DELETE CASCADE,
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "score" double precision NOT NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "PK_need_practice_match" PRIMARY KEY ("needId", "practiceId")
      )`);

    await q.query(`ALTER TABLE notification ADD COLUMN "needId" uuid, ADD COLUMN "adoptionId" uuid`);
    const types = await notificationTypes(q);
    await allowNotificationTypes(q, [...types, ...['NEED_MATCHED', 'ADOPTION'].filter((t) => !types.includes(t))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE "type" IN ('NEED_MATCHED', 'ADOPTION')`);
    await allowNotificationTypes(q, (await notificationTypes(q)).filter((t) => t !== 'NEED_MATCHED' && t !== 'ADOPTION'));
    await q.query(`ALTER TABLE notification DROP COLUMN "needId", DROP COLUMN "adoptionId"`);
    await q.query(`DROP TABLE need_practice_match`);
    await q.query(`DROP TABLE adoption_stage_change`);
    await q.query(`DROP TABLE adoption`);
    await q.query(`DROP TABLE need`);
  }
}
