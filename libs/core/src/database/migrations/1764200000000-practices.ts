import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The good-practice catalogue (with its Italian full-text vector), practice updates and twinnings. */
export class Practices1764200000000 implements MigrationInterface {
  name = 'Practices1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // Wrappers declared IMMUTABLE so they may appear in generated columns and index expressions:
    // array_to_string is only STABLE in general (any element type), but is immutable for text[];
    // unaccent with an explicit dictionary is stable only because the dictionary file could change.
    await q.query(`
      CREATE FUNCTION immutable_array_to_string(text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT array_to_string($1, ' ') $$`);
    await q.query(`
      CREATE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`
      CREATE TABLE practice (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "slug" varchar(220) NOT NULL,
        "title" varchar(300) NOT NULL,
        "summary" text NOT NULL,
        "description" text NOT NULL,
        "descriptionHtml" text NOT NULL,
        "themes" text[] NOT NULL,
        "offeringAdministrationId" uuid NOT NULL REFERENCES administration("id"),
        "year" int,
        "replicability" text,
        "results" text,
        "costEuro" int,
        "technologies" text[] NOT NULL DEFAULT '{}',
        "tags" text[] NOT NULL DEFAULT '{}',
        "status" varchar(20) NOT NULL DEFAULT 'PUBLISHED',
        "version" int NOT NULL DEFAULT 1,
        "createdById" uuid REFERENCES member("id") ON DELETE SET NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        "searchVector" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('italian_unaccent', coalesce("title", '')), 'A') ||
          setweight(to_tsvector('italian_unaccent', coalesce("summary", '')), 'B') ||
          setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string("tags"), '')), 'B') ||
          setweight(to_tsvector('italian_unaccent', coalesce("description", '')), 'C') ||
          setweight(to_tsvector('italian_unaccent', coalesce(immutable_array_to_string("technologies"), '')), 'D')
        ) STORED,
        CONSTRAINT "UQ_practice_slug" UNIQUE ("slug"),
        CONSTRAINT "CHK_practice_status" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        CONSTRAINT "CHK_practice_themes" CHECK (cardinality("themes") >= 1),
        CONSTRAINT "CHK_practice_version" CHECK ("version" >= 1),
        CONSTRAINT "CHK_practice_cost" CHECK ("costEuro" IS NULL OR "costEuro" >= 0)
      )`);
    await q.query(`CREATE INDEX "IDX_practice_search" ON practice USING gin ("searchVector")`);
    await q.query(`CREATE INDEX "IDX_practice_title_trgm" ON practice USING gin (lower(immutable_unaccent("title")) gin_trgm_ops)`);
    await q.query(`CREATE INDEX "IDX_practice_themes" ON practice USING gin ("themes")`);
    await q.query(`CREATE INDEX "IDX_practice_status_created" ON practice ("status", "createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_practice_offering" ON practice ("offeringAdministrationId")`);

    await q.query(`
      CREATE TABLE practice_contact (
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "position" int NOT NULL DEFAULT 0,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "PK_practice_contact" PRIMARY KEY ("practiceId", "memberId")
      )`);
    await q.query(`CREATE INDEX "IDX_practice_contact_member" ON practice_contact ("memberId")`);

    await q.query(`
      CREATE TABLE practice_update (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "authorId" uuid NOT NULL REFERENCES member("id"),
        "changeSummary" text NOT NULL,
        "changes" jsonb NOT NULL DEFAULT '{}',
        "version" int NOT NULL,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_practice_update_practice_created" ON practice_update ("practiceId", "createdAt" DESC, "id" DESC)`);

    await q.query(`
      CREATE TABLE twinning (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "practiceId" uuid NOT NULL REFERENCES practice("id") ON DELETE CASCADE,
        "offeringAdministrationId" uuid NOT NULL REFERENCES administration("id"),
        "proposedById" uuid REFERENCES member("id") ON DELETE SET NULL,
        "status" varchar(20) NOT NULL DEFAULT 'PROPOSED',
        "objectives" text NOT NULL,
        "budgetEuro" int,
        "startDate" timestamptz(3),
        "endDate" timestamptz(3),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_twinning_status" CHECK ("status" IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
        CONSTRAINT "CHK_twinning_budget" CHECK ("budgetEuro" IS NULL OR "budgetEuro" >= 0)
      )`);
    await q.query(`CREATE INDEX "IDX_twinning_practice" ON twinning ("practiceId", "createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_twinning_offering" ON twinning ("offeringAdministrationId")`);
    await q.query(`CREATE INDEX "IDX_twinning_created" ON twinning ("createdAt" DESC, "id" DESC)`);

    await q.query(`
      CREATE TABLE twinning_receiving_administration (
        "twinningId" uuid NOT NULL REFERENCES twinning("id") ON DELETE CASCADE,
        "administrationId" uuid NOT NULL REFERENCES administration("id"),
        "position" int NOT NULL DEFAULT 0,
        CONSTRAINT "PK_twinning_receiving_administration" PRIMARY KEY ("twinningId", "administrationId")
      )`);
    await q.query(`CREATE INDEX "IDX_twinning_receiving_administration" ON twinning_receiving_administration ("administrationId")`);

    await q.query(`
      CREATE TABLE twinning_status_change (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "twinningId" uuid NOT NULL REFERENCES twinning("id") ON DELETE CASCADE,
        "from" varchar(20),
        "to" varchar(20) NOT NULL,
        "byId" uuid NOT NULL REFERENCES member("id"),
        "note" text,
        "at" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_twinning_status_change_twinning" ON twinning_status_change ("twinningId", "at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE twinning_status_change`);
    await q.query(`DROP TABLE twinning_receiving_administration`);
    await q.query(`DROP TABLE twinning`);
    await q.query(`DROP TABLE practice_update`);
    await q.query(`DROP TABLE practice_contact`);
    await q.query(`DROP TABLE practice`);
    await q.query(`DROP FUNCTION immutable_unaccent(text)`);
    await q.query(`DROP FUNCTION immutable_array_to_string(text[])`);
  }
}
