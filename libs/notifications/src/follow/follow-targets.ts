import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, isUuid, NotFoundError, UnauthenticatedError, ViewerContext } from '@app/core';
// Tags are followed in the forum's stored form, so a followed tag matches the threads' tags.
import { CategoryEntity, normaliseTag, TAG_PATTERN, ThreadService } from '@app/forum';
import { MemberEntity } from '@app/members';
import { PracticeService, TwinningService } from '@app/practices';
import { FollowTargetType } from '../notifications.enums.js';

/**
 * Whether a follow target exists and the viewer may see it. Hidden threads and draft
 * practices are NOT_FOUND for members (their existence is not revealed).
 */
@Injectable()
export class FollowTargets {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticeService,
    private readonly threads: ThreadService,
    private readonly twinnings: TwinningService,
  ) {}

  /** The stored form of a target id, after checking the target; throws NOT_FOUND or BAD_USER_INPUT. */
  async resolve(viewer: ViewerContext, type: FollowTargetType, targetId: string, em?: EntityManager): Promise<string> {
    switch (type) {
      case FollowTargetType.TAG: {
        const tag = normaliseTag(targetId);
        if (!TAG_PATTERN.test(tag)) throw BadUserInputError.field('targetId', 'etichetta non valida (lettere, cifre, . _ + -, al massimo 30 caratteri)');
        return tag;
      }
      case FollowTargetType.THREAD:
        await this.assertThreadVisible(viewer, targetId, em);
        return targetId.toLowerCase();
      case FollowTargetType.PRACTICE:
        await this.practices.getVisible(viewer, { id: targetId });
        return targetId.toLowerCase();
      case FollowTargetType.TWINNING:
        await this.twinnings.get(viewer, targetId);
        return targetId.toLowerCase();
      case FollowTargetType.CATEGORY:
        await this.assertExists(CategoryEntity, 'Categoria', targetId, em);
        return targetId.toLowerCase();
      case FollowTargetType.MEMBER:
        await this.assertExists(MemberEntity, 'Membro', targetId, em);
        return targetId.toLowerCase();
    }
  }

  /** The stored form of a target id without checking the target (for unfollow). */
  normalise(type: FollowTargetType, targetId: string): string {
    return type === FollowTargetType.TAG ? normaliseTag(targetId) : targetId.toLowerCase();
  }

  async assertThreadVisible(viewer: ViewerContext, threadId: unknown, em?: EntityManager): Promise<void> {
    if (!viewer.isAuthenticated) throw new UnauthenticatedError();
    if (!isUuid(threadId)) throw new NotFoundError('Discussione', String(threadId));
    await this.threads.getVisible(viewer, threadId, em);
  }

  private async assertExists(entity: typeof CategoryEntity | typeof MemberEntity, what: string, id: string, em?: EntityManager): Promise<void> {
    if (!isUuid(id) || !(await (em ?? this.dataSource.manager).getRepository<{ id: string }>(entity).existsBy({ id }))) {
      throw new NotFoundError(what, id);
    }
  }
}
