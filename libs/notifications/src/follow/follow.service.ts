import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ViewerContext } from '@app/core';
import { FollowLevel, FollowTargetType } from '../notifications.enums.js';
import { FollowEntity } from './follow.entity.js';
import { FollowTargets } from './follow-targets.js';
import { insertFollowUnlessAny, upsertFollow } from './follow.queries.js';

@Injectable()
export class FollowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: FollowTargets,
  ) {}

  /** Idempotent: a second call on the same target changes the level. */
  async follow(viewer: ViewerContext, type: FollowTargetType, targetId: string, level: FollowLevel): Promise<FollowEntity> {
    viewer.assertCanWrite();
    const stored = await this.targets.resolve(viewer, type, targetId);
    return upsertFollow(this.dataSource, viewer.memberId, type, stored, level);
  }

  /** True when a follow was removed. */
  async unfollow(viewer: ViewerContext, type: FollowTargetType, targetId: string): Promise<boolean> {
    viewer.assertCanWrite();
    const result = await this.dataSource
      .getRepository(FollowEntity)
      .delete({ memberId: viewer.memberId, targetType: type, targetId: this.targets.normalise(type, targetId) });
    return (result.affected ?? 0) > 0;
  }

  myFollows(viewer: ViewerContext): Promise<FollowEntity[]> {
    viewer.assertCanReadPrivate();
    return this.dataSource
      .getRepository(FollowEntity)
      .find({ where: { memberId: viewer.memberId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /**
   * Authors follow what they create or reply to, at WATCHING; an existing follow
   * (a MUTED thread included) is left as the member chose it.
   */
  async autoFollow(em: EntityManager, memberId: string, type: FollowTargetType, targetId: string): Promise<void> {
    await insertFollowUnlessAny(em, memberId, type, targetId);
  }
}
