import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppConfig, RateLimitedError, RateLimitStore, RequestContext } from '@app/core';

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
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation' || UNTHROTTLED_MUTATIONS.has(info.fieldName)) return true;
    const ctx = gql.getContext<RequestContext>();
    const tracker = ctx.viewer.memberId ? `member:${ctx.viewer.memberId}` : `ip:${ctx.req?.ip ?? 'unknown'}`;
    const { limit, windowSeconds } = this.config.rateLimitWrites;
    await this.hit(`writes:${tracker}`, windowSeconds, limit);
    if (this.config.discoursePostLimits && POSTING_MUTATIONS.has(info.fieldName) && ctx.viewer.memberId) {
      await this.discourseLimits(ctx.viewer.memberId, ctx.viewer.joinedAt, info.fieldName);
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

  private async hit(key: string, windowSeconds: number, limit: number): Promise<void> {
    const record = await this.store.increment(key, windowSeconds * 1000, limit);
    if (record.isBlocked) throw new RateLimitedError(record.timeToBlockExpire);
  }
}
