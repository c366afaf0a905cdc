import { Queryable, readerOf, SqlParams, SqlReader, ViewerContext } from '@app/core';
import { visiblePostSql, visibleThreadSql } from '@app/forum';
import { PracticeStatus, visiblePracticeSql } from '@app/practices';

/** At most this many items per list of a digest. */
export const DIGEST_LIMIT = 20;

/** The member a digest is for (an ACTIVE member: the digest is a private read). */
export type DigestViewer = ViewerContext & { memberId: string };

/** A MUTED follow of the member `me` (a bound parameter) on a target. */
const muted = (me: string, type: string, target: string) =>
  `EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${me} AND mf."targetType" = '${type}' AND mf."targetId" = ${target} AND mf."level" = 'MUTED')`;

/** What each digest query is written with: the member (`me`), the start (`since`), the limit and the member as a reader. */
interface DigestQueryArgs {
  me: string;
  since: string;
  limit: string;
  reader: SqlReader;
}

/**
 * Runs one digest query of ids, as the member may see them (the forum's and the practices'
 * visibility rules). Each joins the member's follows once, whatever their number.
 */
async function ids(db: Queryable, viewer: DigestViewer, start: Date, build: (args: DigestQueryArgs) => string): Promise<string[]> {
  const params = new SqlParams();
  const sql = build({ me: `${params.p(viewer.memberId)}::uuid`, since: params.p(start), limit: params.p(DIGEST_LIMIT), reader: readerOf(viewer, params.p) });
  const rows = await db.query<Array<{ id: string }>>(sql, params.values);
  return rows.map((r) => r.id);
}

/** New threads in what the member follows (categories, tags, members), nothing muted, newest first. */
export function newThreadIds(db: Queryable, viewer: DigestViewer, start: Date): Promise<string[]> {
  return ids(db, viewer, start, ({ me, since, limit, reader }) => `
        SELECT t."id" FROM thread t
         WHERE t."createdAt" > ${since} AND ${visibleThreadSql('t', reader)} AND t."authorId" <> ${me}
           AND EXISTS (SELECT 1 FROM follow f WHERE f."memberId" = ${me} AND f."level" IN ('WATCHING', 'WATCHING_FIRST_POST')
                         AND ((f."targetType" = 'CATEGORY' AND f."targetId" = t."categoryId"::text)
                           OR (f."targetType" = 'TAG' AND f."targetId" = ANY(t."tags"))
                           OR (f."targetType" = 'MEMBER' AND f."targetId" = t."authorId"::text)))
           AND NOT ${muted(me, 'THREAD', 't."id"::text')} AND NOT ${muted(me, 'CATEGORY', 't."categoryId"::text')}
           AND NOT ${muted(me, 'MEMBER', 't."authorId"::text')}
           AND NOT EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${me} AND mf."targetType" = 'TAG'
                             AND mf."targetId" = ANY(t."tags") AND mf."level" = 'MUTED')
         ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ${limit}`);
}

/** Followed threads (WATCHING) with posts by others since the start, most recently active first. */
export function activeThreadIds(db: Queryable, viewer: DigestViewer, start: Date): Promise<string[]> {
  return ids(db, viewer, start, ({ me, since, limit, reader }) => `
        SELECT t."id" FROM follow f JOIN thread t ON t."id"::text = f."targetId"
         WHERE f."memberId" = ${me} AND f."targetType" = 'THREAD' AND f."level" = 'WATCHING'
           AND ${visibleThreadSql('t', reader)} AND t."lastActivityAt" > ${since}
           AND EXISTS (SELECT 1 FROM post p WHERE p."threadId" = t."id" AND p."createdAt" > ${since} AND p."authorId" <> ${me}
                         AND ${visiblePostSql('p', reader, { threadShown: true })})
         ORDER BY t."lastActivityAt" DESC, t."id" DESC LIMIT ${limit}`);
}

/** Followed practices (WATCHING) updated by others since the start, most recently updated first. */
export function updatedPracticeIds(db: Queryable, viewer: DigestViewer, start: Date): Promise<string[]> {
  return ids(db, viewer, start, ({ me, since, limit, reader }) => `
        SELECT p."id" FROM follow f JOIN practice p ON p."id"::text = f."targetId"
          JOIN LATERAL (SELECT max(u."createdAt") AS "at" FROM practice_update u
                         WHERE u."practiceId" = p."id" AND u."createdAt" > ${since} AND u."authorId" <> ${me}) last ON last."at" IS NOT NULL
         WHERE f."memberId" = ${me} AND f."targetType" = 'PRACTICE' AND f."level" = 'WATCHING'
           AND ${visiblePracticeSql('p', reader)}
         ORDER BY last."at" DESC, p."id" DESC LIMIT ${limit}`);
}

/** New in the catalogue in the member's expertise themes: published ones only (drafts are not news yet, archived ones no longer). */
export function newPracticeIds(db: Queryable, viewer: DigestViewer, start: Date): Promise<string[]> {
  return ids(db, viewer, start, ({ me, since, limit }) => `
        SELECT p."id" FROM practice p, member m
         WHERE m."id" = ${me} AND p."status" = '${PracticeStatus.PUBLISHED}' AND p."createdAt" > ${since} AND p."themes" && m."expertise"
         ORDER BY p."createdAt" DESC, p."id" DESC LIMIT ${limit}`);
}

/** The posts most marked useful since the start, outside threads the member muted. */
export function usefulPostIds(db: Queryable, viewer: DigestViewer, start: Date): Promise<string[]> {
  return ids(db, viewer, start, ({ me, since, limit, reader }) => `
        SELECT p."id" FROM (
            SELECT um."postId", count(*) AS marks FROM useful_mark um WHERE um."createdAt" > ${since} GROUP BY um."postId"
          ) marked
          JOIN post p ON p."id" = marked."postId" JOIN thread t ON t."id" = p."threadId"
         WHERE ${visiblePostSql('p', reader, { thread: 't' })} AND NOT ${muted(me, 'THREAD', 't."id"::text')}
         ORDER BY marked.marks DESC, p."createdAt" DESC, p."id" DESC LIMIT ${limit}`);
}

/** The member's previous visit (the digest's default start), null if none was recorded. */
export async function previousVisit(db: Queryable, memberId: string): Promise<Date | null> {
  const [row] = await db.query<Array<{ previousSeenAt: Date | null }>>(`SELECT "previousSeenAt" FROM member WHERE "id" = $1`, [memberId]);
  return row?.previousSeenAt ?? null;
}
