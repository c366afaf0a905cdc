import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig, countOrRefuse, RateLimitStore } from '@app/core';
import { graphqlCall } from './graphql-call.js';

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
    const call = graphqlCall(context);
    const isSearch = call?.parentType === 'Query' && SEARCHES[call.fieldName];
    if (!call || !isSearch || !isSearch(call.args)) return true;
    const { limit, windowSeconds } = this.config.rateLimitSearch;
    await countOrRefuse(this.store, `search:${call.tracker}`, windowSeconds, limit);
    return true;
  }
}
