import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeys, countLoader, groupByKeys, isUuid, LoadersFactory, namedCondition, readerOf, RequestContext } from '@app/core';
import { visiblePracticeSql } from '@app/practices';
import { CriterionScoreEntity, SelectionCriterionEntity, TwinningApplicationEntity, TwinningCallEntity } from './call/call.entity.js';
import { EventEntity } from './event/event.entity.js';
import { EventService } from './event/event.service.js';
import { BudgetLineEntity, MilestoneEntity, ParticipantRow, PARTICIPANTS_SQL, TwinningThreadEntity } from './plan/plan.entity.js';

/** The twinning workspace's loaders of one request. */
export interface WorkspaceLoaders {
  /** A call the viewer may see, else null. */
  readonly callById: DataLoader<string, TwinningCallEntity | null>;
  readonly callByTwinning: DataLoader<string, TwinningCallEntity | null>;
  /** In the order they were given. */
  readonly criteriaByCall: DataLoader<string, SelectionCriterionEntity[]>;
  readonly criterionById: DataLoader<string, SelectionCriterionEntity | null>;
  /** Every application for the practice's contacts and moderators; an applicant's own (its author's or its administration's) otherwise; oldest first. */
  readonly applicationsByCall: DataLoader<string, TwinningApplicationEntity[]>;
  readonly scoresByApplication: DataLoader<string, CriterionScoreEntity[]>;
  readonly participantsByTwinning: DataLoader<string, ParticipantRow[]>;
  /** By due date (undated last), then as added. */
  readonly milestonesByTwinning: DataLoader<string, MilestoneEntity[]>;
  /** As added. */
  readonly budgetLinesByTwinning: DataLoader<string, BudgetLineEntity[]>;
  /** Soonest first; empty for anonymous and suspended viewers. */
  readonly eventsByTwinning: DataLoader<string, EventEntity[]>;
  readonly threadIdByTwinning: DataLoader<string, string | null>;
  /** An event the viewer may see, else null. */
  readonly eventById: DataLoader<string, EventEntity | null>;
  readonly attendeeCount: DataLoader<string, number>;
  readonly viewerAttending: DataLoader<string, boolean>;
}

@Injectable()
export class WorkspaceLoadersFactory extends LoadersFactory<WorkspaceLoaders> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
  ) {
    super();
  }

  protected create(ctx: RequestContext): WorkspaceLoaders {
    const db = this.dataSource;
    const viewer = ctx.viewer;
    const memberId = viewer.activeMemberId;
    const valid = (keys: readonly string[]) => [...new Set(keys.filter(isUuid))];
    return {
      callById: new DataLoader(async (ids) => {
        const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
        const rows = valid(ids).length
          ? await db
              .getRepository(TwinningCallEntity)
              .createQueryBuilder('c')
              .innerJoin('practice', 'p', 'p.id = c."practiceId"')
              .where('c.id IN (:...ids)', { ids: valid(ids) })
              .andWhere(visible.sql, visible.params)
              .getMany()
          : [];
        return byKeys(ids, rows, (c) => c.id);
      }),
      callByTwinning: new DataLoader(async (ids) => {
        const rows = valid(ids).length ? await db.getRepository(TwinningCallEntity).findBy({ twinningId: In(valid(ids)) }) : [];
        return byKeys(ids, rows, (c) => c.twinningId!);
      }),
      criteriaByCall: new DataLoader(async (ids) => {
        const rows = await db.getRepository(SelectionCriterionEntity).find({ where: { callId: In(valid(ids)) }, order: { position: 'ASC' } });
        return groupByKeys(ids, rows, (c) => c.callId);
      }),
      criterionById: new DataLoader(async (ids) => byKeys(ids, await db.getRepository(SelectionCriterionEntity).findBy({ id: In(valid(ids)) }), (c) => c.id)),
      applicationsByCall: new DataLoader(async (ids) => {
        const rows: TwinningApplicationEntity[] = await db.query(
          `SELECT a.* FROM twinning_application a JOIN twinning_call c ON c."id" = a."callId"
            WHERE a."callId" = ANY($1::uuid[])
              AND ($2::boolean
                   OR EXISTS (SELECT 1 FROM practice_contact pc WHERE pc."practiceId" = c."practiceId" AND pc."memberId" = $3::uuid)
                   OR a."authorId" = $3::uuid
                   OR a."administrationId" = (SELECT m."administrationId" FROM member m WHERE m."id" = $3::uuid))
            ORDER BY a."createdAt", a."id"`,
          [valid(ids), viewer.canModerate, memberId],
        );
        return groupByKeys(ids, rows, (a) => a.callId);
      }),
      scoresByApplication: new DataLoader(async (ids) => {
        const rows = await db.getRepository(CriterionScoreEntity).findBy({ applicationId: In(valid(ids)) });
        return groupByKeys(ids, rows, (s) => s.applicationId);
      }),
      participantsByTwinning: new DataLoader(async (ids) => groupByKeys(ids, await db.query(PARTICIPANTS_SQL, [valid(ids)]), (p: ParticipantRow) => p.twinningId)),
      milestonesByTwinning: new DataLoader(async (ids) => {
        const rows: MilestoneEntity[] = await db.query(
          `SELECT * FROM milestone WHERE "twinningId" = ANY($1::uuid[]) ORDER BY "dueDate" ASC NULLS LAST, "createdAt", "id"`,
          [valid(ids)],
        );
        return groupByKeys(ids, rows, (m) => m.twinningId);
      }),
      budgetLinesByTwinning: new DataLoader(async (ids) => {
        const rows = await db.getRepository(BudgetLineEntity).find({ where: { twinningId: In(valid(ids)) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return groupByKeys(ids, rows, (l) => l.twinningId);
      }),
      eventsByTwinning: new DataLoader(async (ids) => {
        if (!memberId) return ids.map(() => []);
        const visible = this.events.visibleSql(viewer);
        const rows = await db
          .getRepository(EventEntity)
          .createQueryBuilder('e')
          .where('e."twinningId" IN (:...ids)', { ids: valid(ids).length ? valid(ids) : ['00000000-0000-0000-0000-000000000000'] })
          .andWhere(visible.sql, visible.params)
          .orderBy('e.startsAt', 'ASC')
          .addOrderBy('e.id', 'ASC')
          .getMany();
        return groupByKeys(ids, rows, (e) => e.twinningId!);
      }),
      threadIdByTwinning: new DataLoader(async (ids) => {
        const rows = await db.getRepository(TwinningThreadEntity).findBy({ twinningId: In(valid(ids)) });
        return byKeys(ids, rows, (r) => r.twinningId).map((r) => r?.threadId ?? null);
      }),
      eventById: new DataLoader(async (ids) => {
        const visible = this.events.visibleSql(viewer);
        const rows = valid(ids).length
          ? await db.getRepository(EventEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids: valid(ids) }).andWhere(visible.sql, visible.params).getMany()
          : [];
        return byKeys(ids, rows, (e) => e.id);
      }),
      attendeeCount: countLoader(db, (keys) => `SELECT "eventId" AS key, count(*)::int AS n FROM event_attendee WHERE "eventId" = ANY(${keys}) GROUP BY 1`),
      viewerAttending: new DataLoader(async (ids) => {
        if (!memberId) return ids.map(() => false);
        const rows: Array<{ eventId: string }> = await db.query(
          `SELECT "eventId" FROM event_attendee WHERE "eventId" = ANY($1::uuid[]) AND "memberId" = $2`,
          [valid(ids), memberId],
        );
        const set = new Set(rows.map((r) => r.eventId));
        return ids.map((id) => set.has(id));
      }),
    };
  }
}
