import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions, the Italian accent-insensitive search configuration, members and administrations. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Italian stemming that ignores accents: "attività" and "attivita" give the same lexeme.
    await q.query(`CREATE TEXT SEARCH CONFIGURATION italian_unaccent (COPY = italian)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION italian_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem`);

    await q.query(`
      CREATE TABLE administration (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "ipaCode" varchar(64),
        "name" varchar(300) NOT NULL,
        "kind" varchar(40) NOT NULL,
        "region" varchar(40),
        "country" char(2) NOT NULL DEFAULT 'IT',
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_administration_ipaCode" UNIQUE ("ipaCode")
      )`);
    await q.query(`CREATE INDEX "IDX_administration_region" ON administration ("region")`);
    await q.query(`CREATE INDEX "IDX_administration_name" ON administration (lower("name"), "id")`);
    await q.query(`CREATE INDEX "IDX_administration_name_trgm" ON administration USING gin (lower("name") gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE member (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "handle" varchar(30) NOT NULL,
        "displayName" varchar(120) NOT NULL,
        "position" varchar(20) NOT NULL,
        "jobTitle" varchar(200),
        "administrationId" uuid REFERENCES administration("id") ON DELETE SET NULL,
        "bio" text,
        "expertise" text[] NOT NULL DEFAULT '{}',
        "role" varchar(20) NOT NULL DEFAULT 'MEMBER',
        "status" varchar(20) NOT NULL DEFAULT 'ACTIVE',
        "passwordHash" text NOT NULL,
        "joinedAt" timestamptz(3) NOT NULL DEFAULT now(),
        "lastSeenAt" timestamptz(3),
        "previousSeenAt" timestamptz(3),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_member_email" UNIQUE ("email"),
        CONSTRAINT "UQ_member_handle" UNIQUE ("handle"),
        CONSTRAINT "CHK_member_handle" CHECK ("handle" ~ '^[a-z0-9._-]{3,30}$'),
        CONSTRAINT "CHK_member_role" CHECK ("role" IN ('MEMBER', 'MODERATOR', 'ADMIN')),
        CONSTRAINT "CHK_member_status" CHECK ("status" IN ('ACTIVE', 'SUSPENDED'))
      )`);
    await q.query(`CREATE INDEX "IDX_member_administration" ON member ("administrationId")`);
    await q.query(`CREATE INDEX "IDX_member_name" ON member (lower("displayName"), "id")`);
    await q.query(`CREATE INDEX "IDX_member_expertise" ON member USING gin ("expertise")`);
    await q.query(`CREATE INDEX "IDX_member_role" ON member ("role")`);

    await q.query(`
      CREATE TABLE invitation (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL,
        "role" varchar(20) NOT NULL DEFAULT 'MEMBER',
        "code" varchar(64) NOT NULL,
        "createdById" uuid REFERENCES member("id") ON DELETE SET NULL,
        "expiresAt" timestamptz(3) NOT NULL,
        "acceptedAt" timestamptz(3),
        "acceptedById" uuid REFERENCES member("id") ON DELETE SET NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_invitation_code" UNIQUE ("code")
      )`);
    await q.query(`CREATE INDEX "IDX_invitation_created" ON invitation ("createdAt" DESC, "id")`);

    await q.query(`
      CREATE TABLE moderation_action (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "moderatorId" uuid NOT NULL REFERENCES member("id"),
        "action" varchar(40) NOT NULL,
        "targetType" varchar(20) NOT NULL,
        "targetId" uuid NOT NULL,
        "reason" text,
        "details" jsonb,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_moderation_action_created" ON moderation_action ("createdAt" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_action`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE member`);
    await q.query(`DROP TABLE administration`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION italian_unaccent`);
  }
}
