import { sqlOr, SqlReader } from '@app/core';
import { PracticeStatus } from '../enums.js';

/**
 * Who sees a practice (the contract's "who sees what"): published and archived practices are
 * public (an archived one stays readable, by id and wherever it is listed or found); a DRAFT only
 * to its contacts, while they are ACTIVE, and to moderators. Over the practice row aliased `alias`,
 * for `reader` (see `readerOf`, `memberReader`). Every path uses it: by id, lists, counts, search,
 * notifications, digest, twinnings, links from threads.
 */
export function visiblePracticeSql(alias: string, reader: SqlReader): string {
  if (reader.canModerate === 'TRUE') return 'TRUE';
  const memberId = reader.memberId;
  const contact = memberId
    ? `EXISTS (SELECT 1 FROM practice_contact pcv WHERE pcv."practiceId" = ${alias}."id" AND pcv."memberId" = ${memberId})`
    : 'FALSE';
  return sqlOr(`${alias}."status" <> '${PracticeStatus.DRAFT}'`, reader.canModerate, contact);
}
