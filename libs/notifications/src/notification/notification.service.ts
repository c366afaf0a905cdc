import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, Connection, isUuid, namedCondition, paginate, PageArgs, readerOf, TransactionRunner, ViewerContext } from '@app/core';
import { RealtimeService } from '../realtime/realtime.service.js';
import { visibleNotificationSql } from './notification.rules.js';
import { NotificationEntity } from './notification.entity.js';
import { countUnread, markRead } from './notification.queries.js';

@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly realtime: RealtimeService,
  ) {}

  /** The viewer's inbox, newest first. */
  list(viewer: ViewerContext, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Connection<NotificationEntity>> {
    viewer.assertCanReadPrivate();
    const visible = namedCondition((p) => visibleNotificationSql('n', readerOf(viewer, p)));
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipientId = :me', { me: viewer.memberId })
      .andWhere(visible.sql, visible.params);
    if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, args, [
      { expr: 'n.createdAt', direction: 'DESC', cast: 'timestamptz', value: (n) => n.createdAt },
      { expr: 'n.id', direction: 'DESC', cast: 'uuid', value: (n) => n.id },
    ]);
  }

  async unreadCount(viewer: ViewerContext): Promise<number> {
    viewer.assertCanReadPrivate();
    return countUnread(this.dataSource, viewer);
  }

  /** Marks the given notifications of the viewer (all of them when `ids` is null) read; returns how many changed. */
  async markRead(viewer: ViewerContext, ids: string[] | null | undefined): Promise<number> {
    viewer.assertCanWrite();
    if (ids && !ids.every(isUuid)) throw BadUserInputError.field('ids', 'contiene un identificativo non valido');
    if (ids && ids.length === 0) return 0;
    const memberId = viewer.memberId;
    return this.tx.run(async (uow) => {
      const changed = await markRead(uow.em, memberId, ids ?? null);
      if (changed > 0) uow.afterCommit(this.realtime.safely(() => this.realtime.unreadChanged([memberId])));
      return changed;
    });
  }
}
