import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads (`POST /files`): the metadata of each uploaded file; the bytes live in the file storage
 * (FILES_DIR or an S3 bucket) under their sha256. `attachedAt` is null while an upload waits to
 * be attached; the clean-up finds those older than a day by the partial index.
 */
export class UploadedFiles1764790000000 implements MigrationInterface {
  name = 'UploadedFiles1764790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE uploaded_file (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "sha256" char(64) NOT NULL,
        "sizeBytes" bigint NOT NULL,
        "contentType" varchar(200) NOT NULL,
        "fileName" varchar(255) NOT NULL,
        "uploadedById" uuid NOT NULL REFERENCES member("id"),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
        "attachedAt" timestamptz(3),
        CONSTRAINT "CHK_uploaded_file_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
        CONSTRAINT "CHK_uploaded_file_size" CHECK ("sizeBytes" > 0)
      )`);
    await q.query(`CREATE INDEX "IDX_uploaded_file_sha256" ON uploaded_file ("sha256")`);
    await q.query(`CREATE INDEX "IDX_uploaded_file_unattached" ON uploaded_file ("createdAt") WHERE "attachedAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE uploaded_file`);
  }
}
