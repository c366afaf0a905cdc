import { Injectable, OnModuleInit } from '@nestjs/common';
import { canModerate, DomainEventBus, MemberStatus, UnitOfWork } from '@app/core';
import { PostCreated, PracticeLinked, ThreadCreated } from '@app/forum';
import { MemberPasswordChanged, MemberRoleChanged, MemberStatusChanged } from '@app/members';
import { ContentModerated, FlagsResolved, PostFlagged } from '@app/moderation';
import { DocumentPublished, PracticeCreated, PracticeUpdated, TWINNING_STATUS_NAMES, TwinningProposed, TwinningStatus, TwinningStatusChanged } from '@app/practices';
import { FollowService } from '../follow/follow.service.js';
import { FollowTargetType } from '../notifications.enums.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { NotificationMailService } from '../email/notification-mail.service.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationWriter } from './notification-writer.queries.js';

const VISIBILITY_ACTIONS = new Set(['HIDE_THREAD', 'RESTORE_THREAD', 'HIDE_POST', 'RESTORE_POST', 'MERGE']);

/**
 * Turns the other libs' domain events into follows and notification rows, inside the
 * transaction of the cause, and pushes the committed rows afterwards.
 */
@Injectable()
export class NotificationListener implements OnModuleInit {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly writer: NotificationWriter,
    private readonly follows: FollowService,
    private readonly realtime: RealtimeService,
    private readonly mail: NotificationMailService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ThreadCreated, async (uow, e) => {
      await this.follows.autoFollow(uow.em, e.authorId, FollowTargetType.THREAD, e.threadId);
      this.push(uow, await this.writer.threadCreated(uow.em, e));
    });
    this.bus.subscribe(PostCreated, async (uow, e) => {
      await this.follows.autoFollow(uow.em, e.authorId, FollowTargetType.THREAD, e.threadId);
      const rows = await this.writer.postCreated(uow.em, e);
      uow.afterCommit(
        this.realtime.safely(async () => {
          await Promise.all([
            this.realtime.postCreated({ threadId: e.threadId, postId: e.postId, authorId: e.authorId }),
            this.realtime.notificationsCreated(rows),
          ]);
        }),
      );
      this.mailLater(uow, rows);
    });
    this.bus.subscribe(PracticeLinked, async (uow, e) => {
      this.push(uow, await this.writer.practiceLinked(uow.em, e));
    });
    this.bus.subscribe(PracticeCreated, async ({ em }, e) => {
      await this.follows.autoFollow(em, e.actorId, FollowTargetType.PRACTICE, e.practiceId);
    });
    this.bus.subscribe(PracticeUpdated, async (uow, e) => {
      this.push(uow, await this.writer.practiceUpdated(uow.em, e));
      // A practice back to a draft (or out of one) changes what its notifications' recipients count.
      if (e.statusBefore !== e.statusAfter) {
        uow.afterCommit(this.realtime.safely(() => this.realtime.visibilityChanged([], [], [e.practiceId])));
      }
    });
    this.bus.subscribe(TwinningProposed, async (uow, e) => {
      this.push(uow, await this.writer.twinningChanged(uow.em, e, null));
    });
    this.bus.subscribe(TwinningStatusChanged, async (uow, e) => {
      // A completed twinning asks its receiving administrations to record their adoption of the practice.
      this.push(uow, await this.writer.twinningChanged(uow.em, e, TWINNING_STATUS_NAMES[e.to], e.to === TwinningStatus.COMPLETED));
    });
    this.bus.subscribe(DocumentPublished, async (uow, e) => {
      this.push(uow, await this.writer.documentPublished(uow.em, e));
    });
    this.bus.subscribe(ContentModerated, async (uow, e) => {
      this.push(uow, await this.writer.moderation(uow.em, e));
      // Hiding or restoring changes what members' inboxes count.
      if (VISIBILITY_ACTIONS.has(e.action)) {
        const threads = e.targetType === 'POST' ? [] : [...new Set([e.targetId, e.threadId].filter((id): id is string => !!id))];
        const posts = e.targetType === 'POST' ? [e.targetId] : [];
        uow.afterCommit(this.realtime.safely(() => this.realtime.visibilityChanged(threads, posts)));
      }
    });
    this.bus.subscribe(PostFlagged, async (uow, e) => {
      this.push(uow, await this.writer.newFlag(uow.em, e));
      uow.afterCommit(this.realtime.safely(() => this.realtime.openFlagsChanged()));
    });
    this.bus.subscribe(FlagsResolved, async (uow) => {
      uow.afterCommit(this.realtime.safely(() => this.realtime.openFlagsChanged()));
    });
    this.bus.subscribe(MemberRoleChanged, async (uow, e) => {
      // Only ACTIVE members hold sockets (a suspension closes them), so the new role decides alone.
      const moderates = canModerate(e.to, MemberStatus.ACTIVE);
      uow.afterCommit(this.realtime.safely(() => this.realtime.roleChanged(e.memberId, moderates)));
    });
    // A suspended member's open sockets are closed at once, not at their next handshake.
    this.bus.subscribe(MemberStatusChanged, async (uow, e) => {
      if (e.to === MemberStatus.SUSPENDED) uow.afterCommit(this.realtime.safely(() => this.realtime.disconnectMember(e.memberId)));
    });
    // A new password ends the sockets opened with earlier tokens; the one signed in with the new token stays.
    this.bus.subscribe(MemberPasswordChanged, async (uow, e) => {
      uow.afterCommit(this.realtime.safely(() => this.realtime.disconnectTokensBefore(e.memberId, e.tokenVersion)));
    });
  }

  private push(uow: UnitOfWork, rows: NotificationEntity[]): void {
    if (rows.length) uow.afterCommit(this.realtime.safely(() => this.realtime.notificationsCreated(rows)));
    this.mailLater(uow, rows);
  }

  /** After the commit, books the e-mail of the rows for when their delay has passed. */
  private mailLater(uow: UnitOfWork, rows: NotificationEntity[]): void {
    if (rows.length) uow.afterCommit(() => this.mail.notificationsCommitted(rows));
  }
}
