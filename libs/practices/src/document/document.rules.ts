import { ANONYMOUS_READER, sqlOr, SqlReader } from '@app/core';
import { visiblePracticeSql } from '../practice/practice.rules.js';

/**
 * Who sees a document (the contract's "who sees what"): a practice's documents whoever sees the
 * practice (so those of published and archived practices are public); a twinning's documents
 * only signed-in ACTIVE members who see its practice; moderators everything. Over the document
 * row aliased `alias`, for `reader` (see `readerOf`, `memberReader`): by id, lists, search,
 * notifications and downloads alike.
 */
export function visibleDocumentSql(alias: string, reader: SqlReader): string {
  if (reader.canModerate === 'TRUE') return 'TRUE';
  const ofPractice = `EXISTS (SELECT 1 FROM practice dvp WHERE dvp."id" = ${alias}."practiceId" AND ${visiblePracticeSql('dvp', reader)})`;
  const memberId = reader.memberId;
  const ofTwinning = memberId
    ? `(${memberId} IS NOT NULL AND EXISTS (SELECT 1 FROM twinning dvw JOIN practice dvtp ON dvtp."id" = dvw."practiceId"
          WHERE dvw."id" = ${alias}."twinningId" AND ${visiblePracticeSql('dvtp', reader)}))`
    : 'FALSE';
  return sqlOr(reader.canModerate, ofPractice, ofTwinning);
}

/** Whether the document `alias` is public: anybody, signed in or not, may download it without a key. */
export function publicDocumentSql(alias: string): string {
  return visibleDocumentSql(alias, ANONYMOUS_READER);
}
