import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, isUuid, LoadersFactory, readerOf, RequestContext, SqlParams } from '@app/core';
import { visiblePracticeSql } from '@app/practices';
import { AdoptionEntity, AdoptionStageChangeEntity } from './adoption/adoption.entity.js';
import { NeedEntity } from './need/need.entity.js';
import { NeedStatus } from './reuse.enums.js';

/** The reuse lib's loaders of one request; adoptions are those of practices the viewer may see. */
export interface ReuseLoaders {
  readonly needById: DataLoader<string, NeedEntity | null>;
  /** OPEN needs, newest first. */
  readonly openNeedsByAdministration: DataLoader<string, NeedEntity[]>;
  readonly adoptionById: DataLoader<string, AdoptionEntity | null>;
  /** Most recently changed first. */
  readonly adoptionsByPractice: DataLoader<string, AdoptionEntity[]>;
  /** Verified adoptions at stage IN_USE. */
  readonly adoptionCountByPractice: DataLoader<string, number>;
  /** Most recently changed first. */
  readonly adoptionsByAdministration: DataLoader<string, AdoptionEntity[]>;
  /** Oldest first. */
  readonly historyByAdoption: DataLoader<string, AdoptionStageChangeEntity[]>;
}

@Injectable()
export class ReuseLoadersFactory extends LoadersFactory<ReuseLoaders> {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  protected create(ctx: RequestContext): ReuseLoaders {
    const db = this.dataSource;
    const visibleAdoptions = async (column: 'id' | 'practiceId' | 'administrationId', ids: string[]): Promise<AdoptionEntity[]> => {
      if (!ids.length) return [];
      const params = new SqlParams();
      const idsParam = params.p(ids);
      const rows: AdoptionEntity[] = await db.query(
        `SELECT ad.* FROM adoption ad JOIN practice p ON p."id" = ad."practiceId"
          WHERE ad."${column}" = ANY(${idsParam}::uuid[]) AND ${visiblePracticeSql('p', readerOf(ctx.viewer, params.p))}
          ORDER BY ad."updatedAt" DESC, ad."id" DESC`,
        params.values,
      );
      return rows.map((r) => db.getRepository(AdoptionEntity).create(r));
    };
    return {
      needById: new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await db.getRepository(NeedEntity).findBy({ id: In(valid) }) : [];
        return byKeys(ids, rows, (n) => n.id);
      }),
      openNeedsByAdministration: new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await db.getRepository(NeedEntity).find({ where: { administrationId: In(valid), status: NeedStatus.OPEN }, order: { createdAt: 'DESC', id: 'DESC' } })
          : [];
        return groupByKeys(ids, rows, (n) => n.administrationId);
      }),
      adoptionById: new DataLoader(async (ids) => byKeys(ids, await visibleAdoptions('id', ids.filter(isUuid)), (a) => a.id)),
      adoptionsByPractice: new DataLoader(async (ids) => groupByKeys(ids, await visibleAdoptions('practiceId', ids.filter(isUuid)), (a) => a.practiceId)),
      adoptionsByAdministration: new DataLoader(async (ids) =>
        groupByKeys(ids, await visibleAdoptions('administrationId', ids.filter(isUuid)), (a) => a.administrationId),
      ),
      adoptionCountByPractice: new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows: Array<{ practiceId: string; n: number }> = valid.length
          ? await db.query(
              `SELECT "practiceId", count(*)::int AS n FROM adoption
                WHERE "practiceId" = ANY($1::uuid[]) AND "stage" = 'IN_USE' AND "verifiedById" IS NOT NULL
                GROUP BY "practiceId"`,
              [valid],
            )
          : [];
        const counts = new Map(rows.map((r) => [r.practiceId, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      }),
      historyByAdoption: new DataLoader(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await db.getRepository(AdoptionStageChangeEntity).find({ where: { adoptionId: In(valid) }, order: { at: 'ASC', id: 'ASC' } })
          : [];
        return groupByKeys(ids, rows, (c) => c.adoptionId);
      }),
    };
  }
}
