import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Viewer, ViewerContext } from '@app/core';
import { Post, Thread, toPost, toThread } from '@app/forum';
import { ContentModerationService } from './content-moderation.service.js';

@Resolver()
export class ContentModerationResolver {
  constructor(private readonly moderation: ContentModerationService) {}

  @Mutation(() => Thread, { description: 'moderatori' })
  async setThreadPinned(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('pinned') pinned: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Thread> {
    return toThread(await this.moderation.setThreadPinned(viewer, threadId, pinned, reason));
  }

  @Mutation(() => Thread, { description: 'moderatori' })
  async setThreadLocked(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('locked') locked: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Thread> {
    return toThread(await this.moderation.setThreadLocked(viewer, threadId, locked, reason));
  }

  @Mutation(() => Thread, { description: 'moderatori' })
  async setThreadHidden(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('hidden') hidden: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Thread> {
    return toThread(await this.moderation.setThreadHidden(viewer, threadId, hidden, reason));
  }

  @Mutation(() => Post, { description: 'moderatori' })
  async setPostHidden(
    @Viewer() viewer: ViewerContext,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('hidden') hidden: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Post> {
    return toPost(await this.moderation.setPostHidden(viewer, postId, hidden, reason));
  }

  @Mutation(() => Thread, { description: 'moderatori' })
  async moveThread(
    @Viewer() viewer: ViewerContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Thread> {
    return toThread(await this.moderation.moveThread(viewer, threadId, categoryId, reason));
  }

  @Mutation(() => Thread, { description: 'moderatori; restituisce la discussione di destinazione' })
  async mergeThreads(
    @Viewer() viewer: ViewerContext,
    @Args('sourceThreadId', { type: () => ID }) sourceThreadId: string,
    @Args('targetThreadId', { type: () => ID }) targetThreadId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Thread> {
    return toThread(await this.moderation.mergeThreads(viewer, sourceThreadId, targetThreadId, reason));
  }
}
