import type { EntityManager } from 'typeorm';
import type { Queryable } from '@app/core';
import type { FollowLevel, FollowTargetType } from '../notifications.enums.js';
import type { FollowEntity } from './follow.entity.js';

/** A member's follow of a target at `level`, created or changed (idempotent). */
export async function upsertFollow(db: Queryable, memberId: string, type: FollowTargetType, targetId: string, level: FollowLevel): Promise<FollowEntity> {
  const rows: FollowEntity[] = await db.query(
    `INSERT INTO follow ("memberId", "targetType", "targetId", "level")
     VALUES ($1, $2, $3, $4)
     ON CONFLICT ("memberId", "targetType", "targetId")
     DO UPDATE SET "level" = EXCLUDED."level", "updatedAt" = now()
     RETURNING *`,
    [memberId, type, targetId, level],
  );
  return rows[0];
}

/** A follow at WATCHING unless the member already follows (or mutes) the target. */
export async function insertFollowUnlessAny(em: EntityManager, memberId: string, type: FollowTargetType, targetId: string): Promise<void> {
  await em.query(
    `INSERT INTO follow ("memberId", "targetType", "targetId", "level") VALUES ($1, $2, $3, 'WATCHING')
     ON CONFLICT ("memberId", "targetType", "targetId") DO NOTHING`,
    [memberId, type, targetId],
  );
}
