import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConflictError, Connection, DomainError, isUuid, PageArgs, paginate, TransactionRunner, ViewerContext } from '@app/core';
import { PostEntity, PostService } from '@app/forum';
import { ModerationLog } from '../moderation-log.js';
import { FlagsResolved, PostFlagged } from '../moderation.events.js';
import { FlagEntity } from './flag.entity.js';
import { FlagResolution, FlagStatus } from './flag.enums.js';
import { insertOpenFlag, resolveOtherOpenFlags } from './flag.queries.js';

export class FlagNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(id: string) {
    super(`Segnalazione non trovata (${id})`);
  }
}

@Injectable()
export class FlagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly posts: PostService,
    private readonly log: ModerationLog,
  ) {}

  /**
   * Any member may report a post they can see; one open flag per member and post. PostFlagged is
   * raised in the same transaction (the moderators' NEW_FLAG notifications, the open-flag count).
   */
  async flag(viewer: ViewerContext, postId: string, reason: string): Promise<FlagEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const post = await this.posts.getVisible(viewer, postId, em);
      const flag = await insertOpenFlag(em, post.id, viewer.memberId, reason);
      if (!flag) throw new ConflictError('Hai già segnalato questo messaggio: la segnalazione è in attesa dei moderatori');
      await uow.publish(new PostFlagged(flag.id, post.id, post.threadId, viewer.memberId));
      return flag;
    });
  }

  /** Open flags, oldest first (moderators); its totalCount is the number `flags:open` pushes. */
  queue(viewer: ViewerContext, args: PageArgs): Promise<Connection<FlagEntity>> {
    viewer.assertModerator();
    return paginate(this.openFlags(), args, [
      { expr: 'f."createdAt"', direction: 'ASC', cast: 'timestamptz', value: (f) => f.createdAt },
      { expr: 'f."id"', direction: 'ASC', cast: 'uuid', value: (f) => f.id },
    ]);
  }

  /** How many flags are OPEN: the queue's totalCount. */
  countOpen(): Promise<number> {
    return this.openFlags().getCount();
  }

  private openFlags() {
    return this.dataSource.getRepository(FlagEntity).createQueryBuilder('f').where(`f.status = 'OPEN'`);
  }

  /**
   * HIDE_POST hides the post and upholds the flag (with every other open flag on
   * that post, which the hiding answers too); DISMISS closes this flag only. The log gets
   * FLAG_UPHELD or FLAG_DISMISSED about the flagged post (HIDE_POST too when the post was
   * still visible), with the flag's id in its details.
   */
  async resolve(viewer: ViewerContext, flagId: string, resolution: FlagResolution, note?: string | null): Promise<FlagEntity> {
    viewer.assertModerator();
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const flag = isUuid(flagId)
        ? await em.getRepository(FlagEntity).findOne({ where: { id: flagId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!flag) throw new FlagNotFoundError(flagId);
      if (flag.status !== FlagStatus.OPEN) throw new ConflictError('Questa segnalazione è già stata gestita');

      const resolvedAt = new Date();
      const resolutionNote = note?.trim() || null;
      const status = resolution === FlagResolution.HIDE_POST ? FlagStatus.UPHELD : FlagStatus.DISMISSED;
      let resolved: FlagEntity[] = [flag];
      const flagged = await em.getRepository(PostEntity).findOneOrFail({ select: { id: true, threadId: true }, where: { id: flag.postId } });
      if (resolution === FlagResolution.HIDE_POST) {
        const { post, changed } = await this.posts.setHidden(em, flag.postId, true);
        if (changed) {
          await this.log.write(
            uow,
            { moderatorId: viewer.memberId, action: 'HIDE_POST', targetType: 'POST', targetId: post.id, reason: resolutionNote, details: { flagId: flag.id } },
            { affectedMemberIds: [post.authorId], threadId: post.threadId, postId: post.id },
          );
        }
        const others = await resolveOtherOpenFlags(em, flag.postId, flag.id, { status, resolvedById: viewer.memberId, resolvedAt, resolutionNote });
        resolved = [flag, ...others];
      }
      await em.update(FlagEntity, flag.id, { status, resolvedById: viewer.memberId, resolvedAt, resolutionNote });
      Object.assign(flag, { status, resolvedById: viewer.memberId, resolvedAt, resolutionNote });

      await this.log.write(
        uow,
        {
          moderatorId: viewer.memberId,
          action: status === FlagStatus.UPHELD ? 'FLAG_UPHELD' : 'FLAG_DISMISSED',
          targetType: 'POST',
          targetId: flag.postId,
          reason: resolutionNote,
          details: { flagId: flag.id, resolution, alsoResolved: resolved.slice(1).map((f) => f.id) },
        },
        { affectedMemberIds: resolved.map((f) => f.reporterId), threadId: flagged.threadId, postId: flag.postId },
      );
      await uow.publish(new FlagsResolved(resolved.map((f) => f.id), flag.postId, viewer.memberId));
      return flag;
    });
  }
}
