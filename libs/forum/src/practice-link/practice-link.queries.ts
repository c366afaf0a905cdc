import type { EntityManager } from 'typeorm';

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
