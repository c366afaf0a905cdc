import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, isUuid, NotFoundError, UnauthenticatedError, ViewerContext } from '@app/core';
import { FollowTargetType } from '../notifications.enums.js';

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} ._+#-]{0,39}$/u;

/** Tags are followed in their stored form: trimmed, inner blanks collapsed, lower-case. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether a follow target exists and the viewer may see it. Hidden threads and draft
 * practices are NOT_FOUND for members (their existence is not revealed).
 */
@Injectable()
export class FollowTargets {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored form of a target id, after checking the target; throws NOT_FOUND or BAD_USER_INPUT. */
  async resolve(viewer: ViewerContext, type: FollowTargetType, targetId: string, em?: EntityManager): Promise<string> {
    switch (type) {
      case FollowTargetType.TAG: {
        const tag = normaliseTag(targetId);
        if (!TAG.test(tag)) throw BadUserInputError.field('targetId', 'Etichetta non valida: da 1 a 40 tra lettere, cifre, spazi e . _ + # -');
        return tag;
      }
      case FollowTargetType.THREAD:
        await this.assertThreadVisible(viewer, targetId, em);
        return targetId.toLowerCase();
      case FollowTargetType.PRACTICE:
        await this.assertPracticeVisible(viewer, targetId, em);
        return targetId.toLowerCase();
      case FollowTargetType.CATEGORY:
        await this.assertExists('category', 'Categoria', targetId, em);
        return targetId.toLowerCase();
      case FollowTargetType.MEMBER:
        await this.assertExists('member', 'Membro', targetId, em);
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
    const rows: Array<{ hidden: boolean }> = await (em ?? this.dataSource).query(
      'SELECT "hidden" FROM thread WHERE "id" = $1',
      [threadId],
    );
    if (!rows.length || (rows[0].hidden && !viewer.canModerate)) throw new NotFoundError('Discussione', threadId);
  }

  private async assertPracticeVisible(viewer: ViewerContext, practiceId: string, em?: EntityManager): Promise<void> {
    if (!isUuid(practiceId)) throw new NotFoundError('Buona pratica', practiceId);
    const rows: Array<{ status: string; createdById: string | null }> = await (em ?? this.dataSource).query(
      'SELECT "status", "createdById" FROM practice WHERE "id" = $1',
      [practiceId],
    );
    const practice = rows[0];
    if (!practice || (practice.status === 'DRAFT' && !viewer.canModerate && !viewer.is(practice.createdById))) {
      throw new NotFoundError('Buona pratica', practiceId);
    }
  }

  private async assertExists(table: 'category' | 'member', what: string, id: string, em?: EntityManager): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError(what, id);
    const rows: unknown[] = await (em ?? this.dataSource).query(`SELECT 1 FROM ${table} WHERE "id" = $1`, [id]);
    if (!rows.length) throw new NotFoundError(what, id);
  }
}
