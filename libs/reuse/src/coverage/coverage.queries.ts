import type { Queryable } from '@app/core';
import type { CoverageCell } from './coverage.model.js';

/**
 * The region × theme map in one aggregate statement: every region of `regions` (in that order)
 * with every theme of `themes`, and per cell the published practices offered by administrations
 * of the region, the verified IN_USE adoptions by administrations of the region (of practices not
 * back to a draft), their open needs, and the APPROVED or ACTIVE twinnings with a receiving
 * administration of the region; a practice, need or twinning counts in each of its themes.
 */
export function coverageCells(db: Queryable, regions: string[], themes: string[]): Promise<CoverageCell[]> {
  return db.query(
    `WITH region AS (SELECT r, i FROM unnest($1::text[]) WITH ORDINALITY AS x(r, i)),
     theme AS (SELECT t, i FROM unnest($2::text[]) WITH ORDINALITY AS x(t, i)),
     offered AS (
       SELECT a."region", th AS "theme", count(*)::int AS n
         FROM practice p JOIN administration a ON a."id" = p."offeringAdministrationId", unnest(p."themes") th
        WHERE p."status" = 'PUBLISHED' AND a."region" = ANY($1::text[])
        GROUP BY 1, 2),
     in_use AS (
       SELECT a."region", th AS "theme", count(*)::int AS n
         FROM adoption ad JOIN administration a ON a."id" = ad."administrationId"
         JOIN practice p ON p."id" = ad."practiceId", unnest(p."themes") th
        WHERE ad."stage" = 'IN_USE' AND ad."verifiedById" IS NOT NULL AND p."status" <> 'DRAFT' AND a."region" = ANY($1::text[])
        GROUP BY 1, 2),
     needed AS (
       SELECT a."region", th AS "theme", count(*)::int AS n
         FROM need nd JOIN administration a ON a."id" = nd."administrationId", unnest(nd."themes") th
        WHERE nd."status" = 'OPEN' AND a."region" = ANY($1::text[])
        GROUP BY 1, 2),
     twinned AS (
       SELECT a."region", th AS "theme", count(DISTINCT w."id")::int AS n
         FROM twinning w JOIN practice p ON p."id" = w."practiceId"
         JOIN twinning_receiving_administration ra ON ra."twinningId" = w."id"
         JOIN administration a ON a."id" = ra."administrationId", unnest(p."themes") th
        WHERE w."status" IN ('APPROVED', 'ACTIVE') AND p."status" <> 'DRAFT' AND a."region" = ANY($1::text[])
        GROUP BY 1, 2)
     SELECT region.r AS "region", theme.t AS "theme",
            coalesce(o.n, 0) AS "practicesOffered", coalesce(u.n, 0) AS "adoptionsInUse",
            coalesce(nd.n, 0) AS "openNeeds", coalesce(tw.n, 0) AS "activeTwinnings"
       FROM region CROSS JOIN theme
       LEFT JOIN offered o ON o."region" = region.r AND o."theme" = theme.t
       LEFT JOIN in_use u ON u."region" = region.r AND u."theme" = theme.t
       LEFT JOIN needed nd ON nd."region" = region.r AND nd."theme" = theme.t
       LEFT JOIN twinned tw ON tw."region" = region.r AND tw."theme" = theme.t
      ORDER BY region.i, theme.i`,
    [regions, themes],
  );
}
