import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, isUuid, prepared, PrimedLoader, RequestContext } from '@app/core';
import { AdministrationEntity } from '../administration/administration.entity.js';
import { MemberEntity } from './member.entity.js';
import { MemberCard, memberCardOf, memberCardSql } from './member-card.js';

/** Builds the members lib's loaders; MembersLoadersFactory creates them once per request. */
export class MemberLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  memberById(ctx: RequestContext): DataLoader<string, MemberEntity | null> {
    return new PrimedLoader<string, MemberEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await this.dataSource.getRepository(MemberEntity).findBy({ id: In(valid) }) : [];
        return byKeys(ids, rows, (m) => m.id);
      },
    );
  }

  memberCardById(): DataLoader<string, MemberCard | null> {
    return new PrimedLoader<string, MemberCard | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows: Array<Record<string, unknown>> = valid.length
        ? await prepared(this.dataSource).query(
            `SELECT ${memberCardSql('m', 'a')} FROM member m LEFT JOIN administration a ON a."id" = m."administrationId" WHERE m."id" = ANY($1::uuid[])`,
            [valid],
          )
        : [];
      return byKeys(ids, rows.map((row) => memberCardOf(row)!), (card) => card.id);
    });
  }

  administrationById(ctx: RequestContext): DataLoader<string, AdministrationEntity | null> {
    return new PrimedLoader<string, AdministrationEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await this.dataSource.getRepository(AdministrationEntity).findBy({ id: In(valid) }) : [];
        return byKeys(ids, rows, (a) => a.id);
      },
    );
  }

  membersByAdministration(ctx: RequestContext): DataLoader<string, MemberEntity[]> {
    return new DataLoader<string, MemberEntity[]>(
      async (ids) => {
        const rows = await this.dataSource
          .getRepository(MemberEntity)
          .find({ where: { administrationId: In([...ids]) }, order: { displayName: 'ASC', id: 'ASC' } });
        return groupByKeys(ids, rows, (m) => m.administrationId as string);
      },
    );
  }
}
