import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@app/core';
import { NotificationMailService } from '../email/notification-mail.service.js';
import type { NotificationType } from '../notifications.enums.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import type { NotificationEntity } from './notification.entity.js';

/** What a notification points at; absent references are null. */
export interface NotificationRefs {
  actorId: string | null;
  practiceId?: string | null;
  twinningId?: string | null;
  threadId?: string | null;
  eventId?: string | null;
  callId?: string | null;
}

/** One recipient and the sentence written for it. */
export interface NotificationRecipient {
  recipientId: string;
  text: string;
}

/**
 * Where the libs above this one hand the notifications of their own domain events (the twinning
 * workspace's calls, milestones and meetings): their listeners choose the recipients and the
 * sentences, the sink writes the rows inside the event's transaction under the common rules (one
 * per recipient, never the actor, only ACTIVE members, nothing to whom muted the twinning or the
 * actor) and pushes and mails them once committed, exactly as the notifications of this lib.
 */
@Injectable()
export class NotificationSink {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly mail: NotificationMailService,
  ) {}

  async notify(uow: UnitOfWork, type: NotificationType, refs: NotificationRefs, recipients: NotificationRecipient[]): Promise<NotificationEntity[]> {
    if (!recipients.length) return [];
    const rows: NotificationEntity[] = await uow.em.query(
      `INSERT INTO notification ("recipientId", "type", "text", "actorId", "practiceId", "twinningId", "threadId", "eventId", "callId")
       SELECT DISTINCT ON (x.r) x.r, $3, x.t, $4::uuid, $5::uuid, $6::uuid, $7::uuid, $8::uuid, $9::uuid
         FROM unnest($1::uuid[], $2::text[]) AS x(r, t)
         JOIN member m ON m."id" = x.r AND m."status" = 'ACTIVE'
        WHERE x.r IS DISTINCT FROM $4::uuid
          AND NOT EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = x.r AND mf."level" = 'MUTED'
                            AND ((mf."targetType" = 'TWINNING' AND mf."targetId" = $10)
                              OR (mf."targetType" = 'MEMBER' AND mf."targetId" = $11)))
        ORDER BY x.r
       RETURNING *`,
      [
        recipients.map((r) => r.recipientId),
        recipients.map((r) => r.text),
        type,
        refs.actorId,
        refs.practiceId ?? null,
        refs.twinningId ?? null,
        refs.threadId ?? null,
        refs.eventId ?? null,
        refs.callId ?? null,
        refs.twinningId ?? null,
        refs.actorId,
      ],
    );
    return this.afterCommit(uow, rows);
  }

  /** Once `uow` commits, pushes `rows` to their recipients' sockets and books their e-mails; `rows`. */
  afterCommit(uow: UnitOfWork, rows: NotificationEntity[]): NotificationEntity[] {
    if (rows.length) {
      uow.afterCommit(this.realtime.safely(() => this.realtime.notificationsCreated(rows)));
      uow.afterCommit(() => this.mail.notificationsCommitted(rows));
    }
    return rows;
  }
}
