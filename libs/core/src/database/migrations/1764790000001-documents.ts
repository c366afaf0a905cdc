import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents of practices and twinnings (the "kit di riuso"): a document belongs to exactly one
 * practice or one twinning and has numbered versions, each the upload (`uploaded_file`) it was
 * made from, kept while the document lives. `text` is what the text extraction found in the
 * version's file (for search), `textExtractedAt` when it looked.
 */
export class Documents1764790000001 implements MigrationInterface {
  name = 'Documents1764790000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE document (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "practiceId" uuid REFERENCES practice("id") ON DELETE CASCADE,
        "twinningId" uuid REFERENCES twinning("id") ON DELETE CASCADE,
        "title" varchar(200) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "licence" varchar(100),
        "version" int NOT NULL DEFAULT 1,
        "createdById" uuid NOT NULL REFERENCES member("id"),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_document_target" CHECK (num_nonnulls("practiceId", "twinningId") = 1),
        CONSTRAINT "CHK_document_kind" CHECK ("kind" IN ('REUSE_KIT', 'TECHNICAL', 'PROCEDURE', 'AGREEMENT', 'PRESENTATION', 'DATASET', 'OTHER'))
      )`);
    await q.query(`CREATE INDEX "IDX_document_practice" ON document ("practiceId", "createdAt" DESC, "id" DESC) WHERE "practiceId" IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_document_twinning" ON document ("twinningId", "createdAt" DESC, "id" DESC) WHERE "twinningId" IS NOT NULL`);
    await q.query(`
      CREATE TABLE document_version (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "documentId" uuid NOT NULL REFERENCES document("id") ON DELETE CASCADE,
        "version" int NOT NULL,
        "fileId" uuid NOT NULL REFERENCES uploaded_file("id"),
        "changeSummary" text,
        "uploadedById" uuid NOT NULL REFERENCES member("id"),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "text" text,
        "textExtractedAt" timestamptz(3)
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_document_version" ON document_version ("documentId", "version")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_document_version_file" ON document_version ("fileId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE document_version`);
    await q.query(`DROP TABLE document`);
  }
}
