import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppConfig, RateLimitedError, RateLimitStore, RequestContext } from '@app/core';

/** Sign-in has its own limiter (failed attempts per e-mail and per address). */
const UNTHROTTLED_MUTATIONS = new Set(['login', 'register']);

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
    const record = await this.store.increment(`writes:${tracker}`, windowSeconds * 1000, limit);
    if (record.isBlocked) throw new RateLimitedError(record.timeToBlockExpire);
    return true;
  }
}
