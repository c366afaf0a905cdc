import type { MigrationInterface, QueryRunner } from 'typeorm';
import { allowNotificationTypes, notificationTypes } from './notification-types.js';

const NEW_TYPES = ['TWINNING_CALL', 'EVENT', 'CALL_OUTCOME', 'MILESTONE'];

/**
 * The twinning workspace: calls with weighted criteria, applications and their scores; the
 * participants of a twinning with roles, its milestones, budget lines and working thread (in the
 * "gemellaggi" category); meetings with their attendees; follows of twinnings; the notification
 * types and references that go with them.
 */
export class TwinningWorkspace1764830000000 implements MigrationInterface {
  name = 'TwinningWorkspace1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO category ("slug", "name", "theme", "description", "position")
      VALUES ('gemellaggi', 'Gemellaggi', NULL,
              'Le discussioni di lavoro dei gemellaggi: una per gemellaggio, aperta con la proposta.',
              (SELECT coalesce(max("position"), 0) + 1 FROM category))
      ON CONFLICT ("slug") DO NOTHING`);

    await q.query(`
      CREATE TABLE twinning_call (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "title" varchar(200) NOT NULL,
        "description" text NOT NULL,
        "deadline" timestamptz(3) NOT NULL,
        "seats" int NOT NULL,
        "createdById" uuid NOT NULL REFERENCES member("id"),
        "awardedAt" timestamptz(3),
        "twinningId" uuid REFERENCES twinning("id") ON DELETE SET NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_twinning_call_seats" CHECK ("seats" >= 1)
      )`);
    await q.query(`CREATE INDEX "IDX_twinning_call_practice" ON twinning_call ("practiceId")`);
    await q.query(`CREATE INDEX "IDX_twinning_call_created" ON twinning_call ("createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_twinning_call_twinning" ON twinning_call ("twinningId") WHERE "twinningId" IS NOT NULL`);
    await q.query(`
      CREATE TABLE selection_criterion (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "callId" uuid NOT NULL REFERENCES twinning_call("id") ON DELETE CASCADE,
        "label" varchar(200) NOT NULL,
        "weight" double precision NOT NULL,
        "position" int NOT NULL,
        CONSTRAINT "CHK_selection_criterion_weight" CHECK ("weight" > 0)
      )`);
    await q.query(`CREATE INDEX "IDX_selection_criterion_call" ON selection_criterion ("callId", "position")`);
    await q.query(`
      CREATE TABLE twinning_application (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "callId" uuid NOT NULL REFERENCES twinning_call("id") ON DELETE CASCADE,
        "administrationId" uuid NOT NULL REFERENCES administration("id"),
        "authorId" uuid NOT NULL REFERENCES member("id"),
        "motivation" text NOT NULL,
        "rank" int,
        "selected" boolean NOT NULL DEFAULT false,
        "createdAt" timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "UQ_twinning_application_call_administration" UNIQUE ("callId", "administrationId")
      )`);
    await q.query(`
      CREATE TABLE criterion_score (
        "applicationId" uuid NOT NULL REFERENCES twinning_application("id") ON DELETE CASCADE,
        "criterionId" uuid NOT NULL REFERENCES selection_criterion("id") ON DELETE CASCADE,
        "score" double precision NOT NULL,
        "scoredById" uuid NOT NULL REFERENCES member("id"),
        "scoredAt" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("applicationId", "criterionId"),
        CONSTRAINT "CHK_criterion_score_range" CHECK ("score" >= 0 AND "score" <= 10)
      )`);

    await q.query(`
      CREATE TABLE twinning_participant (
        "twinningId" uuid NOT NULL REFERENCES twinning("id") ON DELETE CASCADE,
        "administrationId" uuid NOT NULL REFERENCES administration("id"),
        "role" varchar(20) NOT NULL,
        "contactId" uuid REFERENCES member("id") ON DELETE SET NULL,
        PRIMARY KEY ("twinningId", "administrationId"),
        CONSTRAINT "CHK_twinning_participant_role" CHECK ("role" IN ('OFFERING', 'RECEIVING', 'COORDINATOR'))
      )`);
    await q.query(`
      CREATE TABLE twinning_thread (
        "twinningId" uuid PRIMARY KEY REFERENCES twinning("id") ON DELETE CASCADE,
        "threadId" uuid NOT NULL REFERENCES thread("id") ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE milestone (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "twinningId" uuid NOT NULL REFERENCES twinning("id") ON DELETE CASCADE,
        "title" varchar(200) NOT NULL,
        "dueDate" timestamptz(3),
        "doneAt" timestamptz(3),
        "createdAt" timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX "IDX_milestone_twinning" ON milestone ("twinningId", "dueDate")`);
    await q.query(`
      CREATE TABLE budget_line (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "twinningId" uuid NOT NULL REFERENCES twinning("id") ON DELETE CASCADE,
        "label" varchar(200) NOT NULL,
        "plannedEuro" int NOT NULL,
        "spentEuro" int NOT NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "UQ_budget_line_twinning_label" UNIQUE ("twinningId", "label"),
        CONSTRAINT "CHK_budget_line_amounts" CHECK ("plannedEuro" >= 0 AND "spentEuro" >= 0)
      )`);

    await q.query(`
      CREATE TABLE event (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "description" text,
        "startsAt" timestamptz(3) NOT NULL,
        "endsAt" timestamptz(3) NOT NULL,
        "place" varchar(300),
        "onlineUrl" varchar(500),
        "twinningId" uuid REFERENCES twinning("id") ON DELETE CASCADE,
        "organiserId" uuid NOT NULL REFERENCES member("id"),
        "cancelled" boolean NOT NULL DEFAULT false,
        "sequence" int NOT NULL DEFAULT 0,
        "remindedSequence" int,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_event_span" CHECK ("endsAt" > "startsAt")
      )`);
    await q.query(`CREATE INDEX "IDX_event_starts" ON event ("startsAt", "id")`);
    await q.query(`CREATE INDEX "IDX_event_twinning" ON event ("twinningId", "startsAt")`);
    await q.query(`
      CREATE TABLE event_attendee (
        "eventId" uuid NOT NULL REFERENCES event("id") ON DELETE CASCADE,
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY ("eventId", "memberId")
      )`);

    await q.query(`ALTER TABLE follow DROP CONSTRAINT "CHK_follow_target_type"`);
    await q.query(`ALTER TABLE follow ADD CONSTRAINT "CHK_follow_target_type" CHECK ("targetType" IN ('THREAD', 'PRACTICE', 'CATEGORY', 'MEMBER', 'TAG', 'TWINNING'))`);
    await q.query(`ALTER TABLE notification ADD COLUMN "eventId" uuid, ADD COLUMN "callId" uuid`);
    const types = await notificationTypes(q);
    await allowNotificationTypes(q, [...types, ...NEW_TYPES.filter((t) => !types.includes(t))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE "type" = ANY($1)`, [NEW_TYPES]);
    await allowNotificationTypes(q, (await notificationTypes(q)).filter((t) => !NEW_TYPES.includes(t)));
    await q.query(`ALTER TABLE notification DROP COLUMN "eventId", DROP COLUMN "callId"`);
    await q.query(`DELETE FROM follow WHERE "targetType" = 'TWINNING'`);
    await q.query(`ALTER TABLE follow DROP CONSTRAINT "CHK_follow_target_type"`);
    await q.query(`ALTER TABLE follow ADD CONSTRAINT "CHK_follow_target_type" CHECK ("targetType" IN ('THREAD', 'PRACTICE', 'CATEGORY', 'MEMBER', 'TAG'))`);
    for (const table of ['event_attendee', 'event', 'budget_line', 'milestone', 'twinning_thread', 'twinning_participant', 'criterion_score', 'twinning_application', 'selection_criterion', 'twinning_call']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DELETE FROM category WHERE "slug" = 'gemellaggi' AND NOT EXISTS (SELECT 1 FROM thread t WHERE t."categoryId" = category."id")`);
  }
}
