import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@app/core';
import { NotificationMailService } from '../email/notification-mail.service.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationWriter } from './notification-writer.queries.js';

/**
 * For the libs above notifications (reuse): writes their notifications inside the caller's
 * transaction with the same writer, and after the commit pushes them and books their e-mails,
 * as the listener does for the events of the libs below.
 */
@Injectable()
export class NotificationPublisher {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly realtime: RealtimeService,
    private readonly mail: NotificationMailService,
  ) {}

  /** NEED_MATCHED to the contacts of `practiceIds` (best first), matched with the need for the first time. */
  async needMatched(uow: UnitOfWork, e: { needId: string; actorId: string; practiceIds: string[] }): Promise<NotificationEntity[]> {
    return this.push(uow, await this.writer.needMatched(uow.em, e));
  }

  /** ADOPTION to the followers and contacts of the adopted practice. */
  async adoption(uow: UnitOfWork, e: { adoptionId: string; actorId: string; verified: boolean; stageName: string }): Promise<NotificationEntity[]> {
    return this.push(uow, await this.writer.adoption(uow.em, e));
  }

  private push(uow: UnitOfWork, rows: NotificationEntity[]): NotificationEntity[] {
    if (rows.length) {
      uow.afterCommit(this.realtime.safely(() => this.realtime.notificationsCreated(rows)));
      uow.afterCommit(() => this.mail.notificationsCommitted(rows));
    }
    return rows;
  }
}
