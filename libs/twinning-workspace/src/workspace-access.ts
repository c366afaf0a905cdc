import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ForbiddenError, ViewerContext } from '@app/core';
import { MemberEntity } from '@app/members';
import { PracticeService } from '@app/practices';
import { participantMemberSql } from './plan/plan.entity.js';

/** The workspace's rules of who may act, each in one place. */
@Injectable()
export class WorkspaceAccess {
  constructor(private readonly practices: PracticeService) {}

  /** The viewer's administration, null when it belongs to none. */
  async administrationOf(em: EntityManager, memberId: string): Promise<string | null> {
    const member = await em.getRepository(MemberEntity).findOne({ where: { id: memberId }, select: { id: true, administrationId: true } });
    return member?.administrationId ?? null;
  }

  /** Contacts of the practice and moderators: open, score and award its calls, set its twinnings' participants. */
  async isPracticeManager(em: EntityManager, viewer: ViewerContext, practiceId: string): Promise<boolean> {
    return viewer.canModerate || (await this.practices.isContact(em, practiceId, viewer.activeMemberId));
  }

  async assertPracticeManager(em: EntityManager, viewer: ViewerContext, practiceId: string, message: string): Promise<void> {
    if (!(await this.isPracticeManager(em, viewer, practiceId))) throw new ForbiddenError(message);
  }

  /** Members of an administration taking part in the twinning. */
  async isParticipantMember(em: EntityManager, memberId: string | null, twinningId: string): Promise<boolean> {
    if (!memberId) return false;
    const [row] = await em.query(`SELECT 1 FROM member m WHERE m."id" = $1 AND ${participantMemberSql('m', '$2::uuid')}`, [memberId, twinningId]);
    return !!row;
  }

  /** Members of a participant administration and moderators: plan the twinning, create its events. */
  async assertPlanner(em: EntityManager, viewer: ViewerContext, twinningId: string): Promise<void> {
    if (viewer.canModerate) return;
    if (!(await this.isParticipantMember(em, viewer.activeMemberId, twinningId))) {
      throw new ForbiddenError('Solo i membri delle amministrazioni del gemellaggio e i moderatori possono farlo');
    }
  }
}
