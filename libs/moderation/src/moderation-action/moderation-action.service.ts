import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, Connection, DomainEventBus, paginate, PageArgs, ViewerContext } from '@app/core';
import { MemberRoleChanged, MemberStatusChanged } from '@app/members';
import { ModerationActionEntity } from './moderation-action.entity.js';
import type { ModerationActionName, ModerationTargetType } from './moderation-actions.js';

export interface ActionRecord {
  moderatorId: string;
  action: ModerationActionName;
  targetType: ModerationTargetType;
  targetId: string;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

export interface ModerationLogFilter {
  action?: string | null;
  moderatorId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** The moderation log: every moderator and admin action, written in the action's own transaction. */
@Injectable()
export class ModerationActionService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: DomainEventBus,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(MemberRoleChanged, async ({ em }, e) => {
      await this.record(em, {
        moderatorId: e.actorId,
        action: 'SET_ROLE',
        targetType: 'MEMBER',
        targetId: e.memberId,
        details: { from: e.from, to: e.to },
      });
    });
    this.bus.subscribe(MemberStatusChanged, async ({ em }, e) => {
      await this.record(em, {
        moderatorId: e.actorId,
        action: 'SET_STATUS',
        targetType: 'MEMBER',
        targetId: e.memberId,
        reason: e.reason,
        details: { from: e.from, to: e.to },
      });
    });
  }

  async record(em: EntityManager, record: ActionRecord): Promise<void> {
    await em.getRepository(ModerationActionEntity).insert({
      moderatorId: record.moderatorId,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId,
      reason: record.reason?.trim() || null,
      details: (record.details ?? null) as never,
    });
  }

  /** The log, newest first (moderators), optionally one action, one moderator and a period (both ends included). */
  list(viewer: ViewerContext, filter: ModerationLogFilter, args: PageArgs): Promise<Connection<ModerationActionEntity>> {
    viewer.assertModerator();
    if (filter.since && filter.until && filter.since > filter.until) {
      throw BadUserInputError.field('until', "la fine del periodo non può precedere l'inizio (since)");
    }
    const qb = this.dataSource.getRepository(ModerationActionEntity).createQueryBuilder('a');
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.moderatorId) qb.andWhere('a.moderatorId = :moderatorId', { moderatorId: filter.moderatorId });
    if (filter.since) qb.andWhere('a.createdAt >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('a.createdAt <= :until', { until: filter.until });
    return paginate(qb, args, [
      { expr: 'a.createdAt', direction: 'DESC', cast: 'timestamptz', value: (a) => a.createdAt },
      { expr: 'a.id', direction: 'DESC', cast: 'uuid', value: (a) => a.id },
    ]);
  }
}
