import type { Queryable } from '@app/core';
import { PracticeStatus } from '../enums.js';

/** When the dataset last changed: the latest update of a published practice (null with none). */
export async function latestPublishedUpdate(db: Queryable): Promise<Date | null> {
  const [row] = await db.query<Array<{ latest: Date | null }>>(`SELECT max("updatedAt") AS "latest" FROM practice WHERE "status" = $1`, [
    PracticeStatus.PUBLISHED,
  ]);
  return row?.latest ?? null;
}
