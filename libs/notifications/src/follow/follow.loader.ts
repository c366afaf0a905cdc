import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { countLoader, RequestContext } from '@app/core';
import { FollowTargetType } from '../notifications.enums.js';

/** Builds the follow loaders (NotificationsLoadersFactory creates them once per request): one grouped query per batch, whatever the page size. */
export class FollowLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** Members following each target at WATCHING or WATCHING_FIRST_POST (muting is not following). */
  followerCount(ctx: RequestContext, type: FollowTargetType): DataLoader<string, number> {
    return countLoader(
      this.dataSource,
      (keys, p) =>
        `SELECT "targetId" AS key, count(*)::int AS n FROM follow
          WHERE "targetId" = ANY(${keys}) AND "targetType" = ${p(type)} AND "level" <> 'MUTED'
          GROUP BY 1`,
      'text',
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
