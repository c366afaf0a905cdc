import type { Queryable } from '@app/core';
import type { FieldChange } from './practice-update.entity.js';

/**
 * Appends an entry to a practice's changelog for a change that leaves the practice's own fields
 * (and its version) alone, such as a document attached, replaced or removed.
 */
export async function appendPracticeChange(
  em: Queryable,
  change: { practiceId: string; authorId: string; summary: string; changes: Record<string, FieldChange> },
): Promise<void> {
  await em.query(
    `INSERT INTO practice_update ("practiceId", "authorId", "changeSummary", "changes", "version")
     SELECT p."id", $2, $3, $4::jsonb, p."version" FROM practice p WHERE p."id" = $1`,
    [change.practiceId, change.authorId, change.summary, JSON.stringify(change.changes)],
  );
}
