import { ANONYMOUS_READER, memberReader, Queryable } from '@app/core';
import { visiblePostSql } from '@app/forum';

/** Whether everybody may see the post (anonymous callers do), null when there is no such post. */
export async function postSeenByAll(db: Queryable, postId: string): Promise<boolean | null> {
  const [row] = await db.query<Array<{ public: boolean }>>(
    `SELECT ${visiblePostSql('p', ANONYMOUS_READER, { thread: 't' })} AS "public"
       FROM post p JOIN thread t ON t."id" = p."threadId"
      WHERE p."id" = $1`,
    [postId],
  );
  return row ? row.public : null;
}

/** The members among `memberIds` who may see the post now (by their current role and status). */
export async function membersSeeingPost(db: Queryable, memberIds: string[], postId: string): Promise<string[]> {
  const rows = await db.query<Array<{ id: string }>>(
    `SELECT m."id" FROM member m JOIN post p ON p."id" = $2 JOIN thread t ON t."id" = p."threadId"
      WHERE m."id" = ANY($1::uuid[]) AND ${visiblePostSql('p', memberReader('m'), { thread: 't' })}`,
    [memberIds, postId],
  );
  return rows.map((r) => r.id);
}
