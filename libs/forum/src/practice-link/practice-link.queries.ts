import type DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { SqlReader } from '@app/core';
import { MemberCard, memberCardOf, memberCardSql } from '@app/members';
import { PracticeCard, visiblePracticeSql } from '@app/practices';
import { selectColumns } from '../shared/columns.js';
import { PracticeLinkEntity } from './practice-link.entity.js';

/** Links the practices to the thread, skipping those already linked; returns the ids it linked. */
export async function insertPracticeLinks(
  em: EntityManager,
  threadId: string,
  practiceIds: string[],
  note: string | null,
  linkedById: string,
): Promise<string[]> {
  const inserted: Array<{ practiceId: string }> = await em.query(
    `INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById")
     SELECT $1, unnest($2::uuid[]), $3, $4
     ON CONFLICT ON CONSTRAINT "PK_thread_practice_link" DO NOTHING
     RETURNING "practiceId"`,
    [threadId, practiceIds, note, linkedById],
  );
  return inserted.map((r) => r.practiceId);
}

/** How many practices a thread is linked to. */
export async function countPracticeLinks(em: EntityManager, threadId: string): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await em.query(`SELECT count(*)::int AS n FROM thread_practice_link WHERE "threadId" = $1`, [threadId]);
  return n;
}

/**
 * Moves a thread's links to another thread, keeping who linked them and when; a practice the
 * other thread already links keeps that link.
 */
export async function movePracticeLinks(em: EntityManager, fromThreadId: string, toThreadId: string): Promise<void> {
  await em.query(
    `WITH moved AS (DELETE FROM thread_practice_link WHERE "threadId" = $1 RETURNING *)
     INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById", "linkedAt")
     SELECT $2, "practiceId", "note", "linkedById", "linkedAt" FROM moved
     ON CONFLICT ON CONSTRAINT "PK_thread_practice_link" DO NOTHING`,
    [fromThreadId, toThreadId],
  );
}

/** A link with what a thread's list of links shows: the practice's card (null when the viewer may not see it) and the card of who linked it. */
export interface LinkWithCards {
  link: PracticeLinkEntity;
  practice: PracticeCard | null;
  linkedBy: MemberCard | null;
}

/** The prefix of the linker's card columns in the rows of linkRowsSql. */
const LINKED_BY_CARD = 'linkedBy_';

/**
 * The links of the threads `threadCondition` (over `l."threadId"`) selects, oldest first, each with
 * the card of its practice, whether the viewer may see that practice and the card of who linked it:
 * narrow columns, read back with `linkOfRow` (as rows, or as the JSON of a row).
 */
export function linkRowsSql(ds: DataSource, reader: SqlReader, threadCondition: string): string {
  return `SELECT ${selectColumns(ds, PracticeLinkEntity, 'l')}, ${visiblePracticeSql('lp', reader)} AS "visible",
                 lp."slug" AS "practiceSlug", lp."title" AS "practiceTitle", ${memberCardSql('lm', 'lma', LINKED_BY_CARD)}
          FROM thread_practice_link l
          LEFT JOIN practice lp ON lp."id" = l."practiceId"
          LEFT JOIN member lm ON lm."id" = l."linkedById"
          LEFT JOIN administration lma ON lma."id" = lm."administrationId"
          WHERE ${threadCondition}
          ORDER BY l."linkedAt" ASC, l."practiceId" ASC`;
}

/** A link and its cards out of a row of linkRowsSql (timestamps as Dates, from a row or its JSON). */
export function linkOfRow(row: Record<string, unknown>): LinkWithCards {
  const linkedAt = row.linkedAt;
  const link: PracticeLinkEntity = {
    threadId: row.threadId as string,
    practiceId: row.practiceId as string,
    note: row.note as string | null,
    linkedById: row.linkedById as string,
    linkedAt: linkedAt instanceof Date ? linkedAt : new Date(linkedAt as string),
  };
  return {
    link,
    practice: row.visible && row.practiceSlug ? { id: link.practiceId, slug: row.practiceSlug as string, title: row.practiceTitle as string } : null,
    linkedBy: memberCardOf(row, LINKED_BY_CARD),
  };
}

/** Primes the request's card loaders with what a list of links brought. */
export function primeLinkCards(links: LinkWithCards[], cards: { practiceCardById: DataLoader<string, PracticeCard | null>; memberCardById: DataLoader<string, MemberCard | null> }): void {
  for (const { link, practice, linkedBy } of links) {
    cards.practiceCardById.prime(link.practiceId, practice);
    if (linkedBy) cards.memberCardById.prime(linkedBy.id, linkedBy);
  }
}
