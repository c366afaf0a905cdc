import type { Queryable } from '@app/core';
import type { AdministrationKind, Region } from '../../enums.js';

/** An administration as the IPA registry describes it, ready to be written. */
export interface IpaAdministration {
  ipaCode: string;
  name: string;
  kind: AdministrationKind;
  taxCode: string | null;
  istatCode: string | null;
  region: Region | null;
  province: string | null;
}

/**
 * Upserts a batch by IPA code in one statement: new codes are inserted, known ones updated only
 * when something differs (so a second import of the same file writes nothing). Answers how many
 * were created and how many updated; the rest of the batch was unchanged.
 */
export async function upsertIpaAdministrations(db: Queryable, rows: IpaAdministration[]): Promise<{ created: number; updated: number }> {
  if (!rows.length) return { created: 0, updated: 0 };
  const column = <K extends keyof IpaAdministration>(key: K) => rows.map((r) => r[key]);
  const written = await db.query<Array<{ created: boolean }>>(
    `INSERT INTO administration ("ipaCode", "name", "kind", "taxCode", "istatCode", "region", "province", "country")
     SELECT i.code, i.name, i.kind, i.tax, i.istat, i.region, i.province, 'IT'
     FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::char(2)[])
       AS i(code, name, kind, tax, istat, region, province)
     ON CONFLICT ("ipaCode") DO UPDATE SET
       "name" = EXCLUDED."name", "kind" = EXCLUDED."kind", "taxCode" = EXCLUDED."taxCode", "istatCode" = EXCLUDED."istatCode",
       "region" = EXCLUDED."region", "province" = EXCLUDED."province", "country" = 'IT', "updatedAt" = now()
     WHERE (administration."name", administration."kind", administration."taxCode", administration."istatCode",
            administration."region", administration."province", administration."country")
       IS DISTINCT FROM
           (EXCLUDED."name", EXCLUDED."kind", EXCLUDED."taxCode", EXCLUDED."istatCode", EXCLUDED."region", EXCLUDED."province", 'IT')
     RETURNING (xmax = 0) AS "created"`,
    [column('ipaCode'), column('name'), column('kind'), column('taxCode'), column('istatCode'), column('region'), column('province')],
  );
  const created = written.filter((w) => w.created).length;
  return { created, updated: written.length - created };
}
