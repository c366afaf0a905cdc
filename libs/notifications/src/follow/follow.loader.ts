import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext } from '@app/core';
import { FollowTargetType } from '../notifications.enums.js';

/** Builds the follow loaders (NotificationsLoadersFactory creates them once per request): one grouped query per batch, whatever the page size. */
export class FollowLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** Members following each target at WATCHING or WATCHING_FIRST_POST (muting is not following). */
  followerCount(ctx: RequestContext, type: FollowTargetType): DataLoader<string, number> {
    return new DataLoader<string, number>(
      async (ids) => {
        const rows: Array<{ targetId: string; n: number }> = await this.dataSource.query(
          `SELECT "targetId", count(*)::int AS n FROM follow
            WHERE "targetType" = $1 AND "targetId" = ANY($2::text[]) AND "level" <> 'MUTED'
            GROUP BY "targetId"`,
          [type, ids],
        );
        const counts = new Map(rows.map((r) => [r.targetId, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      },
    );
  }

  /** Whether the viewer follows each target at WATCHING or WATCHING_FIRST_POST; false for anonymous and suspended viewers. */
  viewerIsFollowing(ctx: RequestContext, type: FollowTargetType): DataLoader<string, boolean> {
    const memberId = ctx.viewer.activeMemberId;
    return new DataLoader<string, boolean>(
      async (ids) => {
        if (!memberId) return ids.map(() => false);
        const rows: Array<{ targetId: string }> = await this.dataSource.query(
          `SELECT "targetId" FROM follow
            WHERE "memberId" = $1 AND "targetType" = $2 AND "targetId" = ANY($3::text[]) AND "level" <> 'MUTED'`,
          [memberId, type, ids],
        );
        const following = new Set(rows.map((r) => r.targetId));
        return ids.map((id) => following.has(id));
      },
    );
  }
}
