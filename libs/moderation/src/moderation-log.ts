import { Injectable } from '@nestjs/common';
import type { UnitOfWork } from '@app/core';
import { ContentModerated } from './moderation.events.js';
import { ActionRecord, ModerationActionService } from './moderation-action/moderation-action.service.js';

export interface ModerationContext {
  affectedMemberIds: string[];
  threadId: string | null;
  postId: string | null;
}

/** Writes a moderator's action to the log and raises ContentModerated, both in the action's transaction. */
@Injectable()
export class ModerationLog {
  constructor(private readonly actions: ModerationActionService) {}

  async write(uow: UnitOfWork, record: ActionRecord & { targetType: 'THREAD' | 'POST' }, context: ModerationContext): Promise<void> {
    await this.actions.record(uow.em, record);
    await uow.publish(
      new ContentModerated({
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        moderatorId: record.moderatorId,
        affectedMemberIds: [...new Set(context.affectedMemberIds)],
        threadId: context.threadId,
        postId: context.postId,
      }),
    );
  }
}
