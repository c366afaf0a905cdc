import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AppConfig,
  ForbiddenError,
  isUuid,
  namedCondition,
  readerOf,
  renderMarkdown,
  StaleVersionError,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { MemberEntity } from '@app/members';
import { visiblePostSql } from '../forum.rules.js';
import { addThreadUsefulCount } from '../thread/thread.queries.js';
import { mentionedHandles } from './mentions.js';
import type { EditPostInput } from './dto/edit-post.input.js';
import { PostNotFoundError } from './post.errors.js';
import { PostRevisionEntity } from './post-revision.entity.js';
import { PostEntity } from './post.entity.js';
import { addPostUsefulCount, insertUsefulMark } from './post.queries.js';
import { UsefulMarkEntity } from './useful-mark.entity.js';

export interface NewPost {
  threadId: string;
  authorId: string;
  body: string;
  replyToId?: string | null;
  opening?: boolean;
  createdAt: Date;
}

/** What a moderator's change of a post did (nothing when it already was that way). */
export interface PostChange {
  post: PostEntity;
  changed: boolean;
}

@Injectable()
export class PostService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  private render(body: string): string {
    return renderMarkdown(body, { allowedImageHosts: this.config.allowedImageHosts });
  }

  /** A post the viewer may see: hidden posts and posts of hidden threads are NOT_FOUND for members. */
  async getVisible(viewer: ViewerContext, id: string, em: EntityManager = this.dataSource.manager): Promise<PostEntity> {
    if (!isUuid(id)) throw new PostNotFoundError(id);
    const visible = namedCondition((p) => visiblePostSql('p', readerOf(viewer, p)));
    const post = await em.getRepository(PostEntity).createQueryBuilder('p').where('p.id = :id', { id }).andWhere(visible.sql, visible.params).getOne();
    if (!post) throw new PostNotFoundError(id);
    return post;
  }

  /** Renders the body, resolves its @mentions and inserts the post (the caller holds the thread's lock). */
  async insert(em: EntityManager, input: NewPost): Promise<PostEntity> {
    const repo = em.getRepository(PostEntity);
    return repo.save(
      repo.create({
        threadId: input.threadId,
        authorId: input.authorId,
        replyToId: input.replyToId ?? null,
        opening: input.opening ?? false,
        body: input.body,
        bodyHtml: this.render(input.body),
        mentionedIds: await this.resolveMentions(em, input.body),
        version: 1,
        hidden: false,
        usefulCount: 0,
        createdAt: input.createdAt,
        editedAt: null,
      }),
    );
  }

  /** Member ids of the @handles that count as mentions in a body (at most 20), in order of first appearance. */
  async resolveMentions(em: EntityManager, body: string): Promise<string[]> {
    const handles = mentionedHandles(body);
    if (!handles.length) return [];
    const members = await em.getRepository(MemberEntity).find({ select: { id: true, handle: true }, where: { handle: In(handles) } });
    const idByHandle = new Map(members.map((m) => [m.handle, m.id]));
    return handles.map((h) => idByHandle.get(h)).filter((id): id is string => !!id);
  }

  /**
   * Author or moderator; compare-and-set on the version read by the client. The
   * previous text is kept in post_revision; a stale version writes nothing.
   */
  async edit(viewer: ViewerContext, input: EditPostInput): Promise<PostEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const post = await this.getVisible(viewer, input.postId, em);
      if (!viewer.is(post.authorId) && !viewer.canModerate) {
        throw new ForbiddenError("Solo l'autore o un moderatore può modificare questo messaggio");
      }
      if (post.version !== input.version) throw new StaleVersionError('Il messaggio', input.version);

      const bodyHtml = this.render(input.body);
      const mentionedIds = await this.resolveMentions(em, input.body);
      const editedAt = new Date();
      // Compare-and-set first: of two concurrent edits of one version, the second finds none here.
      const result = await em
        .createQueryBuilder()
        .update(PostEntity)
        .set({ body: input.body, bodyHtml, mentionedIds, editedAt, version: () => '"version" + 1' })
        .where('id = :id AND "version" = :version', { id: post.id, version: input.version })
        .execute();
      if (result.affected !== 1) throw new StaleVersionError('Il messaggio', input.version);
      // Versions only grow and only an edit changes the text, so the text read above is that of input.version.
      await em.getRepository(PostRevisionEntity).insert({
        postId: post.id,
        version: input.version,
        body: post.body,
        bodyHtml: post.bodyHtml,
        editedById: viewer.memberId,
      });
      return Object.assign(post, { body: input.body, bodyHtml, mentionedIds, editedAt, version: input.version + 1 });
    });
  }

  /** Idempotent per member: marking twice counts once, unmarking an unmarked post changes nothing. */
  async markUseful(viewer: ViewerContext, postId: string, useful: boolean): Promise<PostEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const post = await this.getVisible(viewer, postId, em);
      if (viewer.is(post.authorId)) throw new ForbiddenError('Non puoi segnare come utile un tuo messaggio');
      const changed = useful
        ? await insertUsefulMark(em, post.id, viewer.memberId)
        : ((await em.getRepository(UsefulMarkEntity).delete({ postId: post.id, memberId: viewer.memberId })).affected ?? 0) === 1;
      if (!changed) return post;

      const delta = useful ? 1 : -1;
      // Atomic increments: concurrent marks on the same post are all counted.
      const updated = await addPostUsefulCount(em, post.id, delta);
      if (!updated.hidden) await addThreadUsefulCount(em, post.threadId, delta);
      return Object.assign(post, { usefulCount: updated.usefulCount });
    });
  }

  /**
   * Hides or restores a post (moderation calls this inside its own transaction).
   * The thread's useful total follows, so hidden marks never rank a thread.
   */
  async setHidden(em: EntityManager, postId: string, hidden: boolean): Promise<PostChange> {
    const post = isUuid(postId)
      ? await em.getRepository(PostEntity).findOne({ where: { id: postId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!post) throw new PostNotFoundError(postId);
    if (post.hidden === hidden) return { post, changed: false };
    await em.update(PostEntity, post.id, { hidden });
    if (post.usefulCount > 0) {
      await addThreadUsefulCount(em, post.threadId, hidden ? -post.usefulCount : post.usefulCount);
    }
    post.hidden = hidden;
    return { post, changed: true };
  }
}
