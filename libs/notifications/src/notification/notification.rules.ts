import { sqlAnd, sqlOr, SqlReader } from '@app/core';
import { visiblePostSql, visibleThreadSql } from '@app/forum';
import { visiblePracticeSql } from '@app/practices';

/**
 * SQL condition: the notification `n` is about nothing its recipient, `reader`, can no longer
 * see. A thread or post hidden after the fact, or a practice turned back into a draft, drops out
 * of the inbox and the unread count of those who may not see it (by the forum's and the
 * practices' rules); MODERATION notifications, about the recipient's own content, always stay;
 * NEW_FLAG ones (who flagged what) go with the moderator's role.
 */
export function visibleNotificationSql(n: string, reader: SqlReader): string {
  if (reader.canModerate === 'TRUE') return 'TRUE';
  // Past the first alternative the reader does not moderate: the rules below need not ask again
  // (and the member id is read only when a rule asks for it: see readerOf).
  const member: SqlReader = {
    canModerate: 'FALSE',
    get memberId() {
      return reader.memberId;
    },
  };
  const about = sqlAnd(
    `NOT EXISTS (SELECT 1 FROM thread vt WHERE vt."id" = ${n}."threadId" AND NOT (${visibleThreadSql('vt', member)}))`,
    `NOT EXISTS (SELECT 1 FROM post vp WHERE vp."id" = ${n}."postId" AND NOT (${visiblePostSql('vp', member)}))`,
    `NOT EXISTS (SELECT 1 FROM practice vpr WHERE vpr."id" = ${n}."practiceId" AND NOT (${visiblePracticeSql('vpr', member)}))`,
  );
  return sqlOr(reader.canModerate, `${n}."type" = 'MODERATION'`, sqlAnd(`${n}."type" <> 'NEW_FLAG'`, about));
}
