import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, DomainEventBus, paginate, PageArgs, ViewerContext } from '@app/core';
import { MemberRoleChanged, MemberStatusChanged } from '@app/members';
import { ModerationActionEntity } from './moderation-action.entity.js';

export interface ActionRecord {
  moderatorId: string;
  action: string;
  targetType: 'THREAD' | 'POST' | 'FLAG' | 'MEMBER';
  targetId: string;
  reason?: string | null;
  details?: Record<string, unknown> | null;
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

  list(viewer: ViewerContext, args: PageArgs): Promise<Connection<ModerationActionEntity>> {
    viewer.assertModerator();
    const qb = this.dataSource.getRepository(ModerationActionEntity).createQueryBuilder('a');
    return paginate(qb, args, [
      { expr: 'a.createdAt', direction: 'DESC', cast: 'timestamptz', value: (a) => a.createdAt },
      { expr: 'a.id', direction: 'DESC', cast: 'uuid', value: (a) => a.id },
    ]);
  }
}
