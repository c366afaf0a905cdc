import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, isUuid, namedCondition, PrimedLoader, readerOf, RequestContext, SqlParams } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { PracticeUpdateEntity } from '../practice-update/practice-update.entity.js';
import { TwinningReceivingAdministrationEntity } from '../twinning/twinning-receiving-administration.entity.js';
import { TwinningStatusChangeEntity } from '../twinning/twinning-status-change.entity.js';
import { TwinningEntity } from '../twinning/twinning.entity.js';
import { PracticeStatus } from '../enums.js';
import { PracticeEntity } from './practice.entity.js';
import type { PracticeCard } from './practice-card.js';
import { visiblePracticeSql } from './practice.rules.js';
import { PracticeService } from './practice.service.js';

/**
 * Builds the practices lib's loaders; PracticesLoadersFactory creates them once per request. Those
 * that return practices apply the viewer's visibility (visiblePracticeSql), so any field resolver
 * may use them.
 */
export class PracticeLoaderBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticeService,
  ) {}

  /** A practice the viewer may see, else null. */
  practiceById(ctx: RequestContext): DataLoader<string, PracticeEntity | null> {
    return new PrimedLoader<string, PracticeEntity | null>(
      async (ids) => {
        const rows = await this.practices.findVisible(null, ctx.viewer, ids);
        return byKeys(ids, rows, (p) => p.id);
      },
    );
  }

  /** The card of a practice the viewer may see, else null. */
  practiceCardById(ctx: RequestContext): DataLoader<string, PracticeCard | null> {
    return new PrimedLoader<string, PracticeCard | null>(async (ids) => {
      const valid = [...new Set(ids.filter(isUuid))];
      if (!valid.length) return ids.map(() => null);
      const params = new SqlParams();
      const rows: PracticeCard[] = await this.dataSource.query(
        `SELECT p."id", p."slug", p."title" FROM practice p WHERE p."id" = ANY(${params.p(valid)}::uuid[]) AND ${visiblePracticeSql('p', readerOf(ctx.viewer, params.p))}`,
        params.values,
      );
      return byKeys(ids, rows, (p) => p.id);
    });
  }

  /** Contacts in the order they were given. */
  contactsByPractice(ctx: RequestContext): DataLoader<string, MemberEntity[]> {
    return new DataLoader<string, MemberEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => []);
        const rows = await this.dataSource
          .getRepository(MemberEntity)
          .createQueryBuilder('m')
          .innerJoin('practice_contact', 'pc', 'pc."memberId" = m.id')
          .addSelect('pc."practiceId"', 'practice_id')
          .where('pc."practiceId" IN (:...ids)', { ids: valid })
          .orderBy('pc.position', 'ASC')
          .addOrderBy('m.displayName', 'ASC')
          .getRawAndEntities<{ m_id: string; practice_id: string }>();
        // one raw row per (practice, contact); entities are deduplicated by member
        const members = new Map(rows.entities.map((m) => [m.id, m]));
        const pairs = rows.raw.map((r) => ({ practiceId: r.practice_id, member: members.get(r.m_id)! }));
        return groupByKeys(ids, pairs, (p) => p.practiceId).map((list) => list.map((p) => p.member));
      },
    );
  }

  /** Newest first. */
  updatesByPractice(ctx: RequestContext): DataLoader<string, PracticeUpdateEntity[]> {
    return new DataLoader<string, PracticeUpdateEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await this.dataSource
              .getRepository(PracticeUpdateEntity)
              .find({ where: { practiceId: In(valid) }, order: { createdAt: 'DESC', version: 'DESC' } })
          : [];
        return groupByKeys(ids, rows, (u) => u.practiceId);
      },
    );
  }

  /** Newest first. */
  twinningsByPractice(ctx: RequestContext): DataLoader<string, TwinningEntity[]> {
    return new DataLoader<string, TwinningEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await this.dataSource.getRepository(TwinningEntity).find({ where: { practiceId: In(valid) }, order: { createdAt: 'DESC', id: 'DESC' } })
          : [];
        return groupByKeys(ids, rows, (t) => t.practiceId);
      },
    );
  }

  /** Practices an administration offers that the viewer may see: published first, then archived and drafts; newest first. */
  practicesByAdministration(ctx: RequestContext): DataLoader<string, PracticeEntity[]> {
    return new DataLoader<string, PracticeEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => []);
        const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(ctx.viewer, p)));
        const rows = await this.dataSource
          .getRepository(PracticeEntity)
          .createQueryBuilder('p')
          .where('p.offeringAdministrationId IN (:...ids)', { ids: valid })
          .andWhere(visible.sql, visible.params)
          .orderBy(`CASE p.status WHEN '${PracticeStatus.PUBLISHED}' THEN 0 ELSE 1 END`, 'ASC')
          .addOrderBy('p.createdAt', 'DESC')
          .addOrderBy('p.id', 'DESC')
          .getMany();
        return groupByKeys(ids, rows, (p) => p.offeringAdministrationId);
      },
    );
  }

  /** Receiving administrations in the order they were proposed. */
  receivingByTwinning(ctx: RequestContext): DataLoader<string, AdministrationEntity[]> {
    return new DataLoader<string, AdministrationEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => []);
        const links = await this.dataSource
          .getRepository(TwinningReceivingAdministrationEntity)
          .find({ where: { twinningId: In(valid) }, order: { position: 'ASC' } });
        const administrations = links.length
          ? await this.dataSource.getRepository(AdministrationEntity).findBy({ id: In([...new Set(links.map((l) => l.administrationId))]) })
          : [];
        const byId = new Map(administrations.map((a) => [a.id, a]));
        return groupByKeys(ids, links, (l) => l.twinningId).map((list) => list.map((l) => byId.get(l.administrationId)!).filter(Boolean));
      },
    );
  }

  /** Oldest first. */
  historyByTwinning(ctx: RequestContext): DataLoader<string, TwinningStatusChangeEntity[]> {
    return new DataLoader<string, TwinningStatusChangeEntity[]>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length
          ? await this.dataSource
              .getRepository(TwinningStatusChangeEntity)
              .createQueryBuilder('c')
              .where('c.twinningId IN (:...ids)', { ids: valid })
              .orderBy('c.at', 'ASC')
              // transitions only move forward, so the lifecycle order breaks ties between equal timestamps
              .addOrderBy(`CASE c.to WHEN 'PROPOSED' THEN 0 WHEN 'APPROVED' THEN 1 WHEN 'ACTIVE' THEN 2 ELSE 3 END`, 'ASC')
              .addOrderBy('c.id', 'ASC')
              .getMany()
          : [];
        return groupByKeys(ids, rows, (c) => c.twinningId);
      },
    );
  }
}
