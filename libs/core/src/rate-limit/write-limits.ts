import { Injectable } from '@nestjs/common';
import type { ViewerContext } from '../auth/viewer.js';
import { AppConfig } from '../config/app-config.js';
import { RateLimitedError } from '../errors/domain-error.js';
import { RateLimitStore } from './rate-limit.store.js';

const DAY_MS = 24 * 3600 * 1000;

/** What a posting write creates: Discourse's first-day caps differ for threads and replies. */
export type PostKind = 'thread' | 'reply';

/** Who a limit counts: the member, or the address of a caller without a token. */
export function rateLimitTracker(memberId: string | null, address: string | undefined): string {
  return memberId ? `member:${memberId}` : `ip:${address ?? 'unknown'}`;
}

/** Counts one hit of `key` in its window and refuses with RATE_LIMITED past the limit. */
export async function countOrRefuse(store: RateLimitStore, key: string, windowSeconds: number, limit: number): Promise<void> {
  const record = await store.increment(key, windowSeconds * 1000, limit);
  if (record.isBlocked) throw new RateLimitedError(record.timeToBlockExpire);
}

/**
 * The write limits, wherever a write comes from (GraphQL, a reply by e-mail): one budget of
 * RATE_LIMIT_WRITES per member (or per address without a token) across every write, and with
 * RATE_LIMIT_DISCOURSE_POSTS Discourse's posting rules on top. Counted in the shared
 * RateLimitStore, so they hold across instances.
 */
@Injectable()
export class WriteLimits {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  /** One write of `tracker` (`rateLimitTracker`). */
  async countWrite(tracker: string): Promise<void> {
    const { limit, windowSeconds } = this.config.rateLimitWrites;
    await countOrRefuse(this.store, `writes:${tracker}`, windowSeconds, limit);
  }

  /** One new thread or reply of a member, under RATE_LIMIT_DISCOURSE_POSTS when it is set. */
  async countPost(viewer: ViewerContext, kind: PostKind): Promise<void> {
    if (!this.config.discoursePostLimits || !viewer.memberId) return;
    await this.discourseLimits(viewer.memberId, viewer.joinedAt, kind);
  }

  /** Discourse's defaults: 1 post per 5 s; on the first day 1 per 30 s, 3 threads and 10 replies. */
  private async discourseLimits(memberId: string, joinedAt: Date | null, kind: PostKind): Promise<void> {
    const firstDayLeft = joinedAt ? DAY_MS - (Date.now() - joinedAt.getTime()) : 0;
    if (firstDayLeft <= 0) {
      await countOrRefuse(this.store, `posts:member:${memberId}`, 5, 1);
      return;
    }
    await countOrRefuse(this.store, `posts-new:member:${memberId}`, 30, 1);
    const [key, cap] = kind === 'thread' ? ['threads-first-day', 3] : ['replies-first-day', 10];
    await countOrRefuse(this.store, `${key}:member:${memberId}`, Math.ceil(firstDayLeft / 1000), cap);
  }
}
