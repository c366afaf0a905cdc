import { Queryable, readerOf, SqlParams, ViewerContext } from '@app/core';
import type { DocumentKind } from '../enums.js';
import { publicDocumentSql, visibleDocumentSql } from './document.rules.js';

/** A document with what its current version's file says of it. */
export interface DocumentRow {
  id: string;
  practiceId: string | null;
  twinningId: string | null;
  title: string;
  kind: DocumentKind;
  licence: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedById: string;
  isPublic: boolean;
}

export interface DocumentVersionRow {
  documentId: string;
  version: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  changeSummary: string | null;
  uploadedById: string;
  createdAt: Date;
}

const DOCUMENT_SELECT = `
  SELECT d."id", d."practiceId", d."twinningId", d."title", d."kind", d."licence", d."version", d."createdAt", d."updatedAt",
         f."fileName", f."contentType", f."sizeBytes"::float8 AS "sizeBytes", f."sha256", v."uploadedById",
         ${publicDocumentSql('d')} AS "isPublic"
    FROM document d
    JOIN document_version v ON v."documentId" = d."id" AND v."version" = d."version"
    JOIN uploaded_file f ON f."id" = v."fileId"`;

/** The documents among `ids` that `viewer` may see (visibleDocumentSql). */
export function visibleDocuments(db: Queryable, viewer: ViewerContext, ids: readonly string[]): Promise<DocumentRow[]> {
  const params = new SqlParams();
  const p = params.p;
  return db.query(`${DOCUMENT_SELECT} WHERE d."id" = ANY(${p(ids)}::uuid[]) AND ${visibleDocumentSql('d', readerOf(viewer, p))}`, params.values);
}

/**
 * The documents of the practices (or twinnings) `ids`, newest first. The caller has shown the
 * practice or twinning to its reader, and says whether that reader may see twinning documents.
 */
export function documentsOf(db: Queryable, owner: 'practiceId' | 'twinningId', ids: readonly string[]): Promise<DocumentRow[]> {
  return db.query(`${DOCUMENT_SELECT} WHERE d."${owner}" = ANY($1::uuid[]) ORDER BY d."createdAt" DESC, d."id" DESC`, [ids]);
}

/** The versions of the documents `ids`, newest first. */
export function versionsOfDocuments(db: Queryable, ids: readonly string[]): Promise<DocumentVersionRow[]> {
  return db.query(
    `SELECT v."documentId", v."version", f."fileName", f."contentType", f."sizeBytes"::float8 AS "sizeBytes", f."sha256",
            v."changeSummary", v."uploadedById", v."createdAt"
       FROM document_version v JOIN uploaded_file f ON f."id" = v."fileId"
      WHERE v."documentId" = ANY($1::uuid[])
      ORDER BY v."documentId", v."version" DESC`,
    [ids],
  );
}

/** A version's file as a download needs it, whether it is public, and whether `viewer` may see it. */
export interface DownloadRow {
  sha256: string;
  sizeBytes: number;
  contentType: string;
  fileName: string;
  isPublic: boolean;
  visible: boolean;
}

/** The file of version `version` (null: the current one) of the document `id`, or nothing. */
export async function downloadOf(db: Queryable, viewer: ViewerContext, id: string, version: number | null): Promise<DownloadRow | null> {
  const params = new SqlParams();
  const p = params.p;
  const rows = await db.query<DownloadRow[]>(
    `SELECT f."sha256", f."sizeBytes"::float8 AS "sizeBytes", f."contentType", f."fileName",
            ${publicDocumentSql('d')} AS "isPublic", ${visibleDocumentSql('d', readerOf(viewer, p))} AS "visible"
       FROM document d
       JOIN document_version v ON v."documentId" = d."id" AND v."version" = coalesce(${p(version)}::int, d."version")
       JOIN uploaded_file f ON f."id" = v."fileId"
      WHERE d."id" = ${p(id)}::uuid`,
    params.values,
  );
  return rows[0] ?? null;
}

/**
 * Whether `memberId` belongs to an administration of the twinning: the offering one, a receiving one,
 * or another participant of its workspace (a coordinator; table of the twinning workspace).
 */
export async function isTwinningMember(db: Queryable, twinningId: string, memberId: string): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `SELECT 1 FROM member m JOIN twinning w ON w."id" = $1
      WHERE m."id" = $2 AND (m."administrationId" = w."offeringAdministrationId"
         OR m."administrationId" IN (SELECT r."administrationId" FROM twinning_receiving_administration r WHERE r."twinningId" = w."id")
         OR m."administrationId" IN (SELECT tp."administrationId" FROM twinning_participant tp WHERE tp."twinningId" = w."id"))`,
    [twinningId, memberId],
  );
  return rows.length > 0;
}

/** The files of every version of a document. */
export async function fileIdsOfDocument(db: Queryable, documentId: string): Promise<string[]> {
  const rows = await db.query<Array<{ fileId: string }>>(`SELECT "fileId" FROM document_version WHERE "documentId" = $1`, [documentId]);
  return rows.map((r) => r.fileId);
}

/**
 * Locks the versions of a document, before the document itself: the text worker holds a version
 * and then updates its document, so taking them in the same order never deadlocks with it.
 */
export async function lockDocumentVersions(db: Queryable, documentId: string): Promise<void> {
  await db.query(`SELECT 1 FROM document_version WHERE "documentId" = $1 ORDER BY "version" FOR UPDATE`, [documentId]);
}

/** Marks the text worker's statements (background work, not any request's: the tests' statement counter skips them). */
export const DOCUMENT_TEXT_SQL_TAG = '/* documents-text-worker */';

/**
 * Recomputes the search vector of a document from its title, its current version's file name and
 * that version's text. `tag` marks the statement of a background worker.
 */
export async function refreshDocumentSearch(db: Queryable, documentId: string, tag = ''): Promise<void> {
  await db.query(
    `${tag}UPDATE document d SET "searchVector" = document_search_vector(d."title", f."fileName", v."text")
       FROM document_version v JOIN uploaded_file f ON f."id" = v."fileId"
      WHERE d."id" = $1 AND v."documentId" = d."id" AND v."version" = d."version"`,
    [documentId],
  );
}

/** A version whose text is still to be extracted, with its file. */
export interface PendingTextRow {
  id: string;
  documentId: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
}

/** Claims the oldest version whose text was never extracted, skipping those another worker holds. */
export async function claimPendingText(db: Queryable): Promise<PendingTextRow | null> {
  const rows = await db.query<PendingTextRow[]>(
    `${DOCUMENT_TEXT_SQL_TAG} SELECT v."id", v."documentId", f."sha256", f."contentType", f."sizeBytes"::float8 AS "sizeBytes"
       FROM document_version v JOIN uploaded_file f ON f."id" = v."fileId"
      WHERE v."textExtractedAt" IS NULL
      ORDER BY v."createdAt" LIMIT 1
      FOR UPDATE OF v SKIP LOCKED`,
  );
  return rows[0] ?? null;
}

/** Stores what the extraction found (null: nothing) and when it looked. */
export async function saveExtractedText(db: Queryable, versionId: string, text: string | null): Promise<void> {
  await db.query(`${DOCUMENT_TEXT_SQL_TAG} UPDATE document_version SET "text" = $2, "textExtractedAt" = now() WHERE "id" = $1`, [versionId, text || null]);
}
