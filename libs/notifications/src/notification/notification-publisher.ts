import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@app/core';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationSink } from './notification-sink.js';
import { NotificationWriter } from './notification-writer.queries.js';

/**
 * For the libs above notifications (reuse): writes their notifications inside the caller's
 * transaction with the same writer as the events of the libs below, and hands them to the sink,
 * which pushes them and books their e-mails after the commit.
 */
@Injectable()
export class NotificationPublisher {
  constructor(
    private readonly writer: NotificationWriter,
    private readonly sink: NotificationSink,
  ) {}

  /** NEED_MATCHED to the contacts of `practiceIds` (best first), matched with the need for the first time. */
  async needMatched(uow: UnitOfWork, e: { needId: string; actorId: string; practiceIds: string[] }): Promise<NotificationEntity[]> {
    return this.sink.afterCommit(uow, await this.writer.needMatched(uow.em, e));
  }

  /** ADOPTION to the followers and contacts of the adopted practice. */
  async adoption(uow: UnitOfWork, e: { adoptionId: string; actorId: string; verified: boolean; stageName: string }): Promise<NotificationEntity[]> {
    return this.sink.afterCommit(uow, await this.writer.adoption(uow.em, e));
  }
}
