import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The categories of the six themes plus the general one, as reference data. */
const CATEGORIES: Array<[slug: string, name: string, theme: string | null, description: string]> = [
  ['servizi-cittadini', 'Servizi ai cittadini', 'CITIZEN_SERVICES',
    'Sportelli polifunzionali, portali del cittadino, pagamenti online, certificati e servizi demografici in rete.'],
  ['servizi-imprese', 'Servizi alle imprese', 'BUSINESS_SERVICES',
    'SUAP telematico, edilizia online, e-procurement e semplificazione degli adempimenti per le imprese.'],
  ['innovazione-processi', 'Innovazione dei processi nella PA e dematerializzazione', 'PROCESS_INNOVATION',
    'Protocollo informatico, gestione documentale, firma digitale, PEC e conservazione sostitutiva.'],
  ['connettivita-spc', 'Sistema pubblico di connettività (SPC)', 'PUBLIC_CONNECTIVITY',
    'Connettività SPC, banda larga e wi-fi per i piccoli comuni, reti delle unioni di comuni e data center condivisi.'],
  ['patrimonio-informativo', 'Patrimonio informativo pubblico', 'PUBLIC_INFORMATION_ASSETS',
    'Open data, sistemi informativi territoriali (SIT), dati catastali e qualità delle basi dati pubbliche.'],
  ['interoperabilita', 'Interoperabilità e cooperazione applicativa', 'INTEROPERABILITY',
    "Porta di dominio, cooperazione applicativa tra anagrafi e altri enti, scambio di dati tra amministrazioni."],
  ['generale', 'Discussione generale', null,
    'Presentazioni, domande alla comunità e allo Sportello informativo, gemellaggi e tutto ciò che non rientra in un tema.'],
];

/** Forum: categories, threads, posts with their edit history, useful marks, and the flags of moderation. */
export class Forum1764300000000 implements MigrationInterface {
  name = 'Forum1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE category (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "slug" varchar(60) NOT NULL,
        "name" varchar(120) NOT NULL,
        "description" text,
        "theme" varchar(40),
        "position" int NOT NULL DEFAULT 0,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_category_slug" UNIQUE ("slug"),
        CONSTRAINT "CHK_category_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
      )`);
    for (const [i, [slug, name, theme, description]] of CATEGORIES.entries()) {
      await q.query(`INSERT INTO category ("slug", "name", "theme", "description", "position") VALUES ($1, $2, $3, $4, $5)`, [
        slug, name, theme, description, i + 1,
      ]);
    }

    await q.query(`
      CREATE TABLE thread (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "categoryId" uuid NOT NULL REFERENCES category("id"),
        "authorId" uuid NOT NULL REFERENCES member("id"),
        "title" varchar(200) NOT NULL,
        "tags" text[] NOT NULL DEFAULT '{}',
        "status" varchar(10) NOT NULL DEFAULT 'OPEN',
        "pinned" boolean NOT NULL DEFAULT false,
        "hidden" boolean NOT NULL DEFAULT false,
        "solutionPostId" uuid,
        "mergedIntoId" uuid REFERENCES thread("id") ON DELETE SET NULL,
        "usefulCount" int NOT NULL DEFAULT 0,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "lastActivityAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_thread_status" CHECK ("status" IN ('OPEN', 'LOCKED')),
        CONSTRAINT "CHK_thread_tags" CHECK (cardinality("tags") <= 5)
      )`);
    await q.query(`CREATE INDEX "IDX_thread_activity" ON thread ("lastActivityAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_thread_category_activity" ON thread ("categoryId", "pinned" DESC, "lastActivityAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_thread_created" ON thread ("createdAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_thread_useful" ON thread ("usefulCount" DESC, "lastActivityAt" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "IDX_thread_author" ON thread ("authorId")`);
    await q.query(`CREATE INDEX "IDX_thread_tags" ON thread USING gin ("tags")`);

    await q.query(`
      CREATE TABLE post (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "threadId" uuid NOT NULL REFERENCES thread("id") ON DELETE CASCADE,
        "authorId" uuid NOT NULL REFERENCES member("id"),
        "replyToId" uuid REFERENCES post("id") ON DELETE SET NULL,
        "opening" boolean NOT NULL DEFAULT false,
        "body" text NOT NULL,
        "bodyHtml" text NOT NULL,
        "mentionedIds" uuid[] NOT NULL DEFAULT '{}',
        "version" int NOT NULL DEFAULT 1,
        "hidden" boolean NOT NULL DEFAULT false,
        "usefulCount" int NOT NULL DEFAULT 0,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "editedAt" timestamptz(3),
        CONSTRAINT "CHK_post_useful_count" CHECK ("usefulCount" >= 0)
      )`);
    // The order of Thread.posts: the opening post first, then oldest first.
    await q.query(`CREATE INDEX "IDX_post_thread_order" ON post ("threadId", "opening" DESC, "createdAt", "id")`);
    await q.query(`CREATE INDEX "IDX_post_author" ON post ("authorId")`);
    await q.query(`CREATE INDEX "IDX_post_reply_to" ON post ("replyToId") WHERE "replyToId" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_post_useful" ON post ("usefulCount" DESC, "createdAt" DESC, "id" DESC) WHERE "usefulCount" > 0`);
    await q.query(`ALTER TABLE thread ADD CONSTRAINT "FK_thread_solution" FOREIGN KEY ("solutionPostId") REFERENCES post("id") ON DELETE SET NULL`);

    // The text of every previous version of an edited post.
    await q.query(`
      CREATE TABLE post_revision (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "postId" uuid NOT NULL REFERENCES post("id") ON DELETE CASCADE,
        "version" int NOT NULL,
        "body" text NOT NULL,
        "bodyHtml" text NOT NULL,
        "editedById" uuid NOT NULL REFERENCES member("id"),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_post_revision_version" UNIQUE ("postId", "version")
      )`);

    await q.query(`
      CREATE TABLE useful_mark (
        "postId" uuid NOT NULL REFERENCES post("id") ON DELETE CASCADE,
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "PK_useful_mark" PRIMARY KEY ("postId", "memberId")
      )`);
    await q.query(`CREATE INDEX "IDX_useful_mark_member" ON useful_mark ("memberId", "postId")`);
    await q.query(`CREATE INDEX "IDX_useful_mark_created" ON useful_mark ("createdAt")`);

    await q.query(`
      CREATE TABLE flag (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "postId" uuid NOT NULL REFERENCES post("id") ON DELETE CASCADE,
        "reporterId" uuid NOT NULL REFERENCES member("id"),
        "reason" text NOT NULL,
        "status" varchar(12) NOT NULL DEFAULT 'OPEN',
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "resolvedById" uuid REFERENCES member("id"),
        "resolvedAt" timestamptz(3),
        "resolutionNote" text,
        CONSTRAINT "CHK_flag_status" CHECK ("status" IN ('OPEN', 'UPHELD', 'DISMISSED'))
      )`);
    // One open flag per member and post; a resolved flag does not stop a new one.
    await q.query(`CREATE UNIQUE INDEX "UQ_flag_open_reporter" ON flag ("postId", "reporterId") WHERE "status" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_flag_open_queue" ON flag ("createdAt", "id") WHERE "status" = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_flag_post" ON flag ("postId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE flag`);
    await q.query(`DROP TABLE useful_mark`);
    await q.query(`DROP TABLE post_revision`);
    await q.query(`ALTER TABLE thread DROP CONSTRAINT "FK_thread_solution"`);
    await q.query(`DROP TABLE post`);
    await q.query(`DROP TABLE thread`);
    await q.query(`DROP TABLE category`);
  }
}
