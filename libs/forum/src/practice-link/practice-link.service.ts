import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BadUserInputError, ForbiddenError, isUuid, loadFoundNow, loadNow, mapNow, RequestContext, TransactionRunner, UnitOfWork, ViewerContext } from '@app/core';
import { PracticeService, PracticesLoadersFactory } from '@app/practices';
import { PracticeLinked } from '../forum.events.js';
import { ForumLoadersFactory } from '../forum.loaders.js';
import { ThreadEntity } from '../thread/thread.entity.js';
import { lockThread } from '../thread/thread-lock.js';
import type { LinkPracticeInput } from './dto/link-practice.input.js';
import { PracticeLinkEntity } from './practice-link.entity.js';
import { countPracticeLinks, insertPracticeLinks } from './practice-link.queries.js';

export const MAX_PRACTICES_PER_THREAD = 10;

/** Links between discussions and good practices; idempotent in both directions. */
@Injectable()
export class PracticeLinkService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly practices: PracticeService,
    private readonly loaders: ForumLoadersFactory,
    private readonly practiceLoaders: PracticesLoadersFactory,
  ) {}

  /** The links of a visible thread whose practice the viewer may see, oldest first (at once when the thread page primed them). */
  visibleLinks(ctx: RequestContext, threadId: string): PracticeLinkEntity[] | Promise<PracticeLinkEntity[]> {
    const cards = this.practiceLoaders.for(ctx).practiceCardById;
    return mapNow(loadNow(this.loaders.for(ctx).linksByThread, threadId), (links) => {
      const ids = links.map((l) => l.practiceId);
      return mapNow(loadFoundNow(cards, ids), (visible) => {
        const seen = new Set(visible.map((p) => p.id));
        return links.filter((l) => seen.has(l.practiceId));
      });
    });
  }

  /**
   * Links the practices to the thread (within the caller's transaction), skipping those
   * already linked, and raises PracticeLinked for each new link. Every practice must
   * exist and be visible to the viewer, else BAD_USER_INPUT naming `field`.
   */
  async link(
    uow: UnitOfWork,
    viewer: ViewerContext & { memberId: string },
    threadId: string,
    practiceIds: readonly string[],
    note: string | null,
    field: string,
  ): Promise<string[]> {
    const wanted = await this.assertVisible(uow.em, viewer, practiceIds, field);
    if (!wanted.length) return [];
    const inserted = await insertPracticeLinks(uow.em, threadId, wanted, note, viewer.memberId);
    await this.assertWithinLimit(uow.em, threadId, field);
    for (const practiceId of inserted) {
      await uow.publish(new PracticeLinked({ threadId, practiceId, actorId: viewer.memberId }));
    }
    return inserted;
  }

  /** The distinct ids, once every practice is known to exist and be visible to the viewer (else BAD_USER_INPUT). */
  async assertVisible(em: EntityManager, viewer: ViewerContext, practiceIds: readonly string[], field: string): Promise<string[]> {
    const wanted = [...new Set(practiceIds.map((id) => id.toLowerCase()))];
    if (!wanted.length) return [];
    if (wanted.length > MAX_PRACTICES_PER_THREAD) {
      throw BadUserInputError.field(field, `al massimo ${MAX_PRACTICES_PER_THREAD} buone pratiche per discussione`);
    }
    const found = new Set((await this.practices.findVisible(em, viewer, wanted)).map((p) => p.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length) throw BadUserInputError.field(field, `buona pratica inesistente: ${missing.join(', ')}`);
    return wanted;
  }

  /** Any member who can see the thread may link a practice to it; linking twice changes nothing. */
  async linkOne(viewer: ViewerContext, input: LinkPracticeInput): Promise<ThreadEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const thread = await lockThread(uow.em, viewer, input.threadId);
      await this.link(uow, viewer, thread.id, [input.practiceId], input.note?.trim() || null, 'practiceId');
      return thread;
    });
  }

  /** The member who linked it, the thread's author or a moderator; unlinking what is not linked changes nothing. */
  async unlink(viewer: ViewerContext, threadId: string, practiceId: string): Promise<ThreadEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const thread = await lockThread(em, viewer, threadId);
      const link = isUuid(practiceId)
        ? await em.getRepository(PracticeLinkEntity).findOneBy({ threadId: thread.id, practiceId: practiceId.toLowerCase() })
        : null;
      if (!link) return thread;
      if (!viewer.is(link.linkedById) && !viewer.is(thread.authorId) && !viewer.canModerate) {
        throw new ForbiddenError("Solo chi ha collegato la buona pratica, l'autore della discussione o un moderatore può scollegarla");
      }
      await em.getRepository(PracticeLinkEntity).delete({ threadId: link.threadId, practiceId: link.practiceId });
      return thread;
    });
  }

  private async assertWithinLimit(em: EntityManager, threadId: string, field: string): Promise<void> {
    if ((await countPracticeLinks(em, threadId)) > MAX_PRACTICES_PER_THREAD) {
      throw BadUserInputError.field(field, `al massimo ${MAX_PRACTICES_PER_THREAD} buone pratiche per discussione`);
    }
  }
}
