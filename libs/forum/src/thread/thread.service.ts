import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  Connection,
  ForbiddenError,
  isUuid,
  namedCondition,
  paginate,
  readerOf,
  RequestContext,
  TransactionRunner,
  type UnitOfWork,
  ViewerContext,
} from '@app/core';
import { PracticesLoadersFactory, visiblePracticeSql } from '@app/practices';
import { MembersLoadersFactory } from '@app/members';
import { CategoryService } from '../category/category.service.js';
import { PostCreated, ThreadCreated } from '../forum.events.js';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { canSeePost, canSeeThread, visibleThreadSql } from '../forum.rules.js';
import { ThreadOrder, ThreadStatus } from '../forum.enums.js';
import type { ReplyInput } from '../post/dto/reply.input.js';
import { PostEntity } from '../post/post.entity.js';
import { PostService } from '../post/post.service.js';
import { movePracticeLinks } from '../practice-link/practice-link.queries.js';
import { PracticeLinkService } from '../practice-link/practice-link.service.js';
import type { CreateThreadInput } from './dto/create-thread.input.js';
import type { ThreadsArgs } from './dto/threads.args.js';
import { normaliseTag, normaliseTags } from './thread-tags.js';
import { ThreadEntity } from './thread.entity.js';
import { ThreadLockedError, ThreadNotFoundError } from './thread.errors.js';
import { lockThread } from './thread-lock.js';
import { addThreadUsefulCount, findThreadPage, movePosts, threadSortKeys } from './thread.queries.js';
import { primeLinkCards } from '../practice-link/practice-link.queries.js';

/** The moderator-controlled state of a thread. */
export type ThreadModerationPatch = Partial<Pick<ThreadEntity, 'pinned' | 'status' | 'hidden' | 'categoryId'>>;

export interface ThreadChange {
  thread: ThreadEntity;
  /** The fields that actually changed, with their previous values. */
  before: ThreadModerationPatch;
  changed: boolean;
}

export interface ThreadMerge {
  source: ThreadEntity;
  target: ThreadEntity;
  movedPostIds: string[];
}

/**
 * A new post's time: the clock, but always after the thread's newest post, so that
 * the posts of a thread have distinct, increasing times in the order they commit
 * (callers hold the thread's row lock) and pagination never skips a late commit.
 */
function nextPostTime(thread: ThreadEntity): Date {
  return new Date(Math.max(Date.now(), thread.lastActivityAt.getTime() + 1));
}

@Injectable()
export class ThreadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly categories: CategoryService,
    private readonly posts: PostService,
    private readonly practiceLinks: PracticeLinkService,
    private readonly loaders: ForumLoadersFactory,
    private readonly memberLoaders: MembersLoadersFactory,
    private readonly practiceLoaders: PracticesLoadersFactory,
  ) {}

  /** A thread the viewer may see: a hidden one is NOT_FOUND for members, as one that does not exist. */
  async getVisible(viewer: ViewerContext, id: string, em: EntityManager = this.dataSource.manager): Promise<ThreadEntity> {
    const thread = isUuid(id) ? await em.getRepository(ThreadEntity).findOneBy({ id }) : null;
    if (!thread || !canSeeThread(viewer, thread)) throw new ThreadNotFoundError(id);
    return thread;
  }

  /**
   * getVisible for the thread page, with what the page shows of the thread in the same statement:
   * its category, its author's card, the post count the viewer sees and its links to practices
   * with the cards of the practices and of who linked them, which prime the request's loaders
   * (their fields then cost no query; fields beyond the cards load the whole rows).
   */
  async getForPage(ctx: RequestContext, id: string): Promise<ThreadEntity> {
    const found = isUuid(id) ? await findThreadPage(this.dataSource, ctx.viewer, id) : null;
    if (!found || !canSeeThread(ctx.viewer, found.thread)) throw new ThreadNotFoundError(id);
    const { thread, category, author, postCount, links } = found;
    const forum = this.loaders.for(ctx);
    const members = this.memberLoaders.for(ctx);
    if (category) forum.categoryById.prime(category.id, category);
    if (author) members.memberCardById.prime(author.id, author);
    forum.postCountByThread.prime(thread.id, postCount);
    forum.linksByThread.prime(thread.id, links.map((l) => l.link));
    primeLinkCards(links, { practiceCardById: this.practiceLoaders.for(ctx).practiceCardById, memberCardById: members.memberCardById });
    return thread;
  }

  /** Locks the thread's row for the rest of the transaction (serialises replies, moderation and merges). */
  lock(em: EntityManager, viewer: ViewerContext | null, id: string): Promise<ThreadEntity> {
    return lockThread(em, viewer, id);
  }

  list(viewer: ViewerContext, args: ThreadsArgs): Promise<Connection<ThreadEntity>> {
    const filter = args.filter ?? {};
    const visible = namedCondition((p) => visibleThreadSql('t', readerOf(viewer, p)));
    const qb = this.dataSource.getRepository(ThreadEntity).createQueryBuilder('t').where(visible.sql, visible.params);
    if (filter.categoryId) qb.andWhere('t.categoryId = :categoryId', { categoryId: filter.categoryId });
    if (filter.authorId) qb.andWhere('t.authorId = :authorId', { authorId: filter.authorId });
    if (filter.tag?.trim()) qb.andWhere('t.tags @> ARRAY[:tag]::text[]', { tag: normaliseTag(filter.tag) });
    if (filter.practiceId) {
      // Through a practice the viewer may not see, there is nothing to list.
      const linked = namedCondition(
        (p) => `EXISTS (SELECT 1 FROM thread_practice_link l JOIN practice lp ON lp.id = l."practiceId"
                 WHERE l."threadId" = t.id AND l."practiceId" = ${p(filter.practiceId)} AND ${visiblePracticeSql('lp', readerOf(viewer, p))})`,
      );
      qb.andWhere(linked.sql, linked.params);
    }
    return paginate(qb, args, threadSortKeys(args.orderBy ?? ThreadOrder.LAST_ACTIVITY, true));
  }

  /** The thread and its opening post, in one transaction. */
  async create(viewer: ViewerContext, input: CreateThreadInput): Promise<ThreadEntity> {
    viewer.assertCanWrite();
    const tags = normaliseTags(input.tags);
    return this.tx.run(async (uow) => {
      const { em } = uow;
      await this.categories.assertExists(em, input.categoryId, 'categoryId');
      const practiceIds = await this.practiceLinks.assertVisible(em, viewer, input.practiceIds ?? [], 'practiceIds');
      const thread = await this.openIn(uow, { categoryId: input.categoryId, authorId: viewer.memberId, title: input.title, body: input.body, tags });
      await this.practiceLinks.link(uow, viewer, thread.id, practiceIds, null, 'practiceIds');
      return thread;
    });
  }

  /**
   * A new OPEN thread and its opening post, written in the caller's transaction and announced by
   * ThreadCreated (with the opening post's mentions); the caller has checked who may write where.
   */
  async openIn(uow: UnitOfWork, input: { categoryId: string; authorId: string; title: string; body: string; tags: string[] }): Promise<ThreadEntity> {
    const { em } = uow;
    const now = new Date();
    const repo = em.getRepository(ThreadEntity);
    const thread = await repo.save(
      repo.create({
        categoryId: input.categoryId,
        authorId: input.authorId,
        title: input.title,
        tags: input.tags,
        status: ThreadStatus.OPEN,
        pinned: false,
        hidden: false,
        solutionPostId: null,
        mergedIntoId: null,
        usefulCount: 0,
        createdAt: now,
        lastActivityAt: now,
        updatedAt: now,
      }),
    );
    const opening = await this.posts.insert(em, { threadId: thread.id, authorId: input.authorId, body: input.body, opening: true, createdAt: now });
    await uow.publish(
      new ThreadCreated({ threadId: thread.id, categoryId: thread.categoryId, authorId: thread.authorId, tags: input.tags, mentionedMemberIds: opening.mentionedIds }),
    );
    return thread;
  }

  /** A reply; refused on a LOCKED thread. The reply may answer another post of the same thread. */
  async reply(viewer: ViewerContext, input: ReplyInput): Promise<PostEntity> {
    viewer.assertCanWrite();
    return this.tx.run((uow) => this.replyIn(uow, viewer, input));
  }

  /**
   * `reply` inside the caller's transaction, for a caller that writes beside the reply (a reply by
   * e-mail records its message there); the same checks, the suspended viewer's included.
   */
  async replyIn(uow: UnitOfWork, viewer: ViewerContext, input: ReplyInput): Promise<PostEntity> {
    viewer.assertCanWrite();
    const { em } = uow;
    const thread = await this.lock(em, viewer, input.threadId);
    if (thread.status === ThreadStatus.LOCKED) throw new ThreadLockedError(thread.id);
    let replyTo: PostEntity | null = null;
    if (input.replyToPostId) {
      replyTo = await em.getRepository(PostEntity).findOneBy({ id: input.replyToPostId });
      if (!replyTo || replyTo.threadId !== thread.id || !canSeePost(viewer, replyTo, thread)) {
        throw BadUserInputError.field('replyToPostId', 'il messaggio a cui rispondi non fa parte di questa discussione');
      }
    }
    const createdAt = nextPostTime(thread);
    const post = await this.posts.insert(em, {
      threadId: thread.id,
      authorId: viewer.memberId,
      body: input.body,
      replyToId: replyTo?.id ?? null,
      createdAt,
    });
    await em.update(ThreadEntity, thread.id, { lastActivityAt: createdAt });
    await uow.publish(
      new PostCreated({
        postId: post.id,
        threadId: thread.id,
        authorId: post.authorId,
        replyToPostId: replyTo?.id ?? null,
        replyToAuthorId: replyTo?.authorId ?? null,
        mentionedMemberIds: post.mentionedIds,
      }),
    );
    return post;
  }

  /** The thread author or a moderator marks the reply that solved it; null clears the solution. */
  async markSolution(viewer: ViewerContext, threadId: string, postId: string | null | undefined): Promise<ThreadEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const thread = await this.lock(em, viewer, threadId);
      if (!viewer.is(thread.authorId) && !viewer.canModerate) {
        throw new ForbiddenError("Solo l'autore della discussione o un moderatore può indicare la soluzione");
      }
      let solutionPostId: string | null = null;
      if (postId) {
        const post = isUuid(postId) ? await em.getRepository(PostEntity).findOneBy({ id: postId }) : null;
        if (!post || post.threadId !== thread.id || !canSeePost(viewer, post, thread)) {
          throw BadUserInputError.field('postId', 'il messaggio non fa parte di questa discussione');
        }
        if (post.opening) throw BadUserInputError.field('postId', 'la soluzione è una risposta, non il messaggio di apertura');
        solutionPostId = post.id;
      }
      if (thread.solutionPostId !== solutionPostId) {
        await em.update(ThreadEntity, thread.id, { solutionPostId, updatedAt: new Date() });
        thread.solutionPostId = solutionPostId;
      }
      return thread;
    });
  }

  /**
   * Applies a moderator's change (pin, lock, hide, move) under the thread's lock, inside
   * the caller's transaction. Unchanged fields are left alone and reported as such.
   */
  async moderate(em: EntityManager, threadId: string, patch: ThreadModerationPatch): Promise<ThreadChange> {
    const thread = await this.lock(em, null, threadId);
    if (patch.categoryId !== undefined && patch.categoryId !== thread.categoryId) {
      await this.categories.assertExists(em, patch.categoryId, 'categoryId');
    }
    const before: ThreadModerationPatch = {};
    const after: ThreadModerationPatch = {};
    for (const key of Object.keys(patch) as Array<keyof ThreadModerationPatch>) {
      if (patch[key] !== undefined && patch[key] !== thread[key]) {
        Object.assign(before, { [key]: thread[key] });
        Object.assign(after, { [key]: patch[key] });
      }
    }
    const changed = Object.keys(after).length > 0;
    if (changed) {
      await em.update(ThreadEntity, thread.id, { ...after, updatedAt: new Date() });
      Object.assign(thread, after);
    }
    return { thread, before, changed };
  }

  /**
   * Moves every post of the source into the target, keeping their times (so they
   * interleave in their original order; the target's opening post stays first). The
   * source becomes hidden and remembers where it went.
   */
  async merge(em: EntityManager, sourceId: string, targetId: string): Promise<ThreadMerge> {
    if (sourceId === targetId) throw BadUserInputError.field('targetThreadId', 'una discussione non può essere unita a sé stessa');
    const ids = [sourceId, targetId];
    const missing = ids.find((id) => !isUuid(id));
    if (missing !== undefined) throw new ThreadNotFoundError(missing);
    // Both rows locked in a fixed order, so two opposite merges cannot deadlock.
    const locked = await em.getRepository(ThreadEntity).find({
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const source = locked.find((t) => t.id === sourceId);
    const target = locked.find((t) => t.id === targetId);
    if (!source) throw new ThreadNotFoundError(sourceId);
    if (!target) throw new ThreadNotFoundError(targetId);
    if (source.mergedIntoId) throw new ConflictError(`La discussione ${source.id} è già stata unita a un'altra`);
    if (target.mergedIntoId) {
      throw BadUserInputError.field('targetThreadId', `la discussione ${target.id} è stata unita a ${target.mergedIntoId}: usa quella`);
    }

    const movedPostIds = await movePosts(em, source.id, target.id);
    // The target inherits the source's practices (keeping who linked them and when).
    await movePracticeLinks(em, source.id, target.id);
    const now = new Date();
    const lastActivityAt = source.lastActivityAt > target.lastActivityAt ? source.lastActivityAt : target.lastActivityAt;
    await addThreadUsefulCount(em, target.id, source.usefulCount);
    await em.update(ThreadEntity, target.id, { lastActivityAt, updatedAt: now });
    await em.update(ThreadEntity, source.id, {
      hidden: true,
      mergedIntoId: target.id,
      solutionPostId: null,
      usefulCount: 0,
      updatedAt: now,
    });
    Object.assign(target, { lastActivityAt, usefulCount: target.usefulCount + source.usefulCount });
    Object.assign(source, { hidden: true, mergedIntoId: target.id, solutionPostId: null, usefulCount: 0 });
    return { source, target, movedPostIds };
  }
}
