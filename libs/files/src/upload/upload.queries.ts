import type { Queryable } from '@app/core';
import type { UploadedFileEntity } from './uploaded-file.entity.js';

/** How long an upload may wait to be attached before the clean-up deletes it. */
export const UNATTACHED_UPLOAD_TTL_HOURS = 24;

/**
 * Attaches the upload `fileId` of `memberId` that waits to be attached, locking its row for the
 * rest of the transaction (so the clean-up cannot take it meanwhile); null when there is none.
 */
export async function attachUpload(em: Queryable, fileId: string, memberId: string): Promise<UploadedFileEntity | null> {
  const rows = await em.query<UploadedFileEntity[]>(
    `WITH attached AS (
       UPDATE uploaded_file SET "attachedAt" = now()
        WHERE "id" = (SELECT "id" FROM uploaded_file WHERE "id" = $1 AND "uploadedById" = $2 AND "attachedAt" IS NULL FOR UPDATE)
        RETURNING *)
     SELECT "id", "sha256", "sizeBytes"::float8 AS "sizeBytes", "contentType", "fileName", "uploadedById", "createdAt", "attachedAt" FROM attached`,
    [fileId, memberId],
  );
  return rows[0] ?? null;
}

/** Releases uploads whose holder went: the clean-up deletes them once they are a day old. */
export async function releaseUploads(em: Queryable, fileIds: string[]): Promise<void> {
  if (fileIds.length) await em.query(`UPDATE uploaded_file SET "attachedAt" = NULL WHERE "id" = ANY($1::uuid[])`, [fileIds]);
}

/**
 * Deletes up to `limit` uploads left unattached for a day, skipping rows another transaction
 * holds (an attach under way), and returns the contents they carried.
 */
export async function deleteStaleUploads(em: Queryable, limit: number): Promise<string[]> {
  const rows = await em.query<Array<{ sha256: string }>>(
    `WITH deleted AS (
       DELETE FROM uploaded_file WHERE "id" IN (
         SELECT "id" FROM uploaded_file
          WHERE "attachedAt" IS NULL AND "createdAt" < now() - make_interval(hours => $1)
          ORDER BY "createdAt" LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING "sha256")
     SELECT "sha256" FROM deleted`,
    [UNATTACHED_UPLOAD_TTL_HOURS, limit],
  );
  return [...new Set(rows.map((r) => r.sha256))];
}

/** Whether any upload still carries the content `sha256`. */
export async function contentInUse(em: Queryable, sha256: string): Promise<boolean> {
  const rows = await em.query<unknown[]>(`SELECT 1 FROM uploaded_file WHERE "sha256" = $1 LIMIT 1`, [sha256]);
  return rows.length > 0;
}
