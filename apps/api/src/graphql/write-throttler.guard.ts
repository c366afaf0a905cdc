import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig, countOrRefuse, RateLimitStore, writesKey } from '@app/core';
import { graphqlCall } from './graphql-call.js';

/** Sign-in has its own limiter (failed attempts per e-mail and per address). */
const UNTHROTTLED_MUTATIONS = new Set(['login', 'register']);
const POSTING_MUTATIONS = new Set(['createThread', 'replyToThread']);
const DAY_MS = 24 * 3600 * 1000;

/**
 * Writes per member per window (RATE_LIMIT_WRITES): one budget across every
 * mutation, counted in the shared RateLimitStore so it holds across instances.
 * Anonymous callers are counted by address.
 */
@Injectable()
export class WriteThrottlerGuard implements CanActivate {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const call = graphqlCall(context);
    if (!call || call.parentType !== 'Mutation' || UNTHROTTLED_MUTATIONS.has(call.fieldName)) return true;
    const { limit, windowSeconds } = this.config.rateLimitWrites;
    await this.hit(writesKey(call.tracker), windowSeconds, limit);
    const { viewer } = call.ctx;
    if (this.config.discoursePostLimits && POSTING_MUTATIONS.has(call.fieldName) && viewer.memberId) {
      await this.discourseLimits(viewer.memberId, viewer.joinedAt, call.fieldName);
    }
    return true;
  }

  /** Discourse's defaults: 1 post per 5 s; on the first day 1 per 30 s, 3 threads and 10 replies. */
  private async discourseLimits(memberId: string, joinedAt: Date | null, mutation: string): Promise<void> {
    const firstDayLeft = joinedAt ? DAY_MS - (Date.now() - joinedAt.getTime()) : 0;
    if (firstDayLeft <= 0) {
      await this.hit(`posts:member:${memberId}`, 5, 1);
      return;
    }
    await this.hit(`posts-new:member:${memberId}`, 30, 1);
    const [key, cap] = mutation === 'createThread' ? ['threads-first-day', 3] : ['replies-first-day', 10];
    await this.hit(`${key}:member:${memberId}`, Math.ceil(firstDayLeft / 1000), cap);
  }

  private hit(key: string, windowSeconds: number, limit: number): Promise<void> {
    return countOrRefuse(this.store, key, windowSeconds, limit);
  }
}
