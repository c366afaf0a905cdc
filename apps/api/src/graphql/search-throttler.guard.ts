import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppConfig, RateLimitedError, RateLimitStore, RequestContext } from '@app/core';

/** The queries that run a full-text search, and when they do. */
const SEARCHES: Record<string, (args: Record<string, any>) => boolean> = {
  search: () => true,
  practices: (args) => typeof args.filter?.query === 'string' && args.filter.query.trim() !== '',
};

/**
 * Full-text searches per member per window (RATE_LIMIT_SEARCH), anonymous callers
 * counted by address: ranking and snippets cost far more than a page read. Every
 * aliased search in one operation counts. Shared store, so it holds across instances.
 */
@Injectable()
export class SearchThrottlerGuard implements CanActivate {
  constructor(
    private readonly store: RateLimitStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const isSearch = info.parentType.name === 'Query' && SEARCHES[info.fieldName];
    if (!isSearch || !isSearch(gql.getArgs())) return true;
    const ctx = gql.getContext<RequestContext>();
    const tracker = ctx.viewer.memberId ? `member:${ctx.viewer.memberId}` : `ip:${ctx.req?.ip ?? 'unknown'}`;
    const { limit, windowSeconds } = this.config.rateLimitSearch;
    const record = await this.store.increment(`search:${tracker}`, windowSeconds * 1000, limit);
    if (record.isBlocked) throw new RateLimitedError(record.timeToBlockExpire);
    return true;
  }
}
