import type { EntityManager } from 'typeorm';
import type { FlagEntity } from './flag.entity.js';
import type { FlagStatus } from './flag.enums.js';

/** Opens a flag of a post by a member; null when that member already has an open flag on it. */
export async function insertOpenFlag(em: EntityManager, postId: string, reporterId: string, reason: string): Promise<FlagEntity | null> {
  const rows: FlagEntity[] = await em.query(
    `INSERT INTO flag ("postId", "reporterId", "reason") VALUES ($1, $2, $3)
     ON CONFLICT ("postId", "reporterId") WHERE "status" = 'OPEN' DO NOTHING
     RETURNING *`,
    [postId, reporterId, reason],
  );
  return rows[0] ?? null;
}

/** What resolving a flag writes on it. */
export interface FlagResolutionValues {
  status: FlagStatus;
  resolvedById: string;
  resolvedAt: Date;
  resolutionNote: string | null;
}

/** Resolves the other open flags of a post like `exceptFlagId`; returns them. */
export async function resolveOtherOpenFlags(em: EntityManager, postId: string, exceptFlagId: string, values: FlagResolutionValues): Promise<FlagEntity[]> {
  const [others]: [FlagEntity[], number] = await em.query(
    `UPDATE flag SET "status" = $3, "resolvedById" = $4, "resolvedAt" = $5, "resolutionNote" = $6
     WHERE "postId" = $1 AND "status" = 'OPEN' AND id <> $2 RETURNING *`,
    [postId, exceptFlagId, values.status, values.resolvedById, values.resolvedAt, values.resolutionNote],
  );
  return others;
}
