import { Injectable } from '@nestjs/common';
import { TransactionRunner, UnitOfWork, ViewerContext } from '@app/core';
import { PostEntity, PostService, ThreadEntity, ThreadModerationPatch, ThreadService, ThreadStatus } from '@app/forum';
import type { ModerationActionName } from '../moderation-action/moderation-actions.js';
import { ModerationLog } from '../moderation-log.js';

/**
 * The moderators' tools on threads and posts. Each one changes the content through
 * the forum's services and writes its log row and event in the same transaction;
 * a request that changes nothing writes nothing.
 */
@Injectable()
export class ContentModerationService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly threads: ThreadService,
    private readonly posts: PostService,
    private readonly log: ModerationLog,
  ) {}

  setThreadPinned(viewer: ViewerContext, threadId: string, pinned: boolean, reason?: string | null): Promise<ThreadEntity> {
    return this.threadAction(viewer, threadId, { pinned }, pinned ? 'PIN' : 'UNPIN', reason);
  }

  setThreadLocked(viewer: ViewerContext, threadId: string, locked: boolean, reason?: string | null): Promise<ThreadEntity> {
    const status = locked ? ThreadStatus.LOCKED : ThreadStatus.OPEN;
    return this.threadAction(viewer, threadId, { status }, locked ? 'LOCK' : 'UNLOCK', reason);
  }

  setThreadHidden(viewer: ViewerContext, threadId: string, hidden: boolean, reason?: string | null): Promise<ThreadEntity> {
    return this.threadAction(viewer, threadId, { hidden }, hidden ? 'HIDE_THREAD' : 'RESTORE_THREAD', reason);
  }

  moveThread(viewer: ViewerContext, threadId: string, categoryId: string, reason?: string | null): Promise<ThreadEntity> {
    return this.threadAction(viewer, threadId, { categoryId }, 'MOVE', reason);
  }

  async setPostHidden(viewer: ViewerContext, postId: string, hidden: boolean, reason?: string | null): Promise<PostEntity> {
    viewer.assertModerator();
    return this.tx.run(async (uow) => {
      const { post, changed } = await this.posts.setHidden(uow.em, postId, hidden);
      if (changed) {
        await this.log.write(
          uow,
          { moderatorId: viewer.memberId, action: hidden ? 'HIDE_POST' : 'RESTORE_POST', targetType: 'POST', targetId: post.id, reason },
          { affectedMemberIds: [post.authorId], threadId: post.threadId, postId: post.id },
        );
      }
      return post;
    });
  }

  /** Returns the target, which now holds the source's posts. */
  async mergeThreads(viewer: ViewerContext, sourceId: string, targetId: string, reason?: string | null): Promise<ThreadEntity> {
    viewer.assertModerator();
    return this.tx.run(async (uow) => {
      const { source, target, movedPostIds } = await this.threads.merge(uow.em, sourceId, targetId);
      await this.log.write(
        uow,
        {
          moderatorId: viewer.memberId,
          action: 'MERGE',
          targetType: 'THREAD',
          targetId: source.id,
          reason,
          details: { into: target.id, movedPosts: movedPostIds.length },
        },
        { affectedMemberIds: [source.authorId], threadId: target.id, postId: null },
      );
      return target;
    });
  }

  private async threadAction(
    viewer: ViewerContext,
    threadId: string,
    patch: ThreadModerationPatch,
    action: ModerationActionName,
    reason: string | null | undefined,
  ): Promise<ThreadEntity> {
    viewer.assertModerator();
    return this.tx.run(async (uow: UnitOfWork) => {
      const { thread, before, changed } = await this.threads.moderate(uow.em, threadId, patch);
      if (changed) {
        await this.log.write(
          uow,
          {
            moderatorId: viewer.memberId,
            action,
            targetType: 'THREAD',
            targetId: thread.id,
            reason,
            details: action === 'MOVE' ? { from: before.categoryId, to: thread.categoryId } : null,
          },
          { affectedMemberIds: [thread.authorId], threadId: thread.id, postId: null },
        );
      }
      return thread;
    });
  }
}
