import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { AppConfig, LoaderRegistry, RequestContext, ViewerContext } from '@app/core';
import { ViewerService } from '@app/members';
import { createFormatError } from './format-error.js';
import { complexityPlugin } from './limits/complexity.plugin.js';
import { aliasLimitRule, depthLimitRule, QUERY_LIMITS } from './limits/query-limits.js';

export function graphqlOptions(config: AppConfig, viewers: ViewerService): ApolloDriverConfig {
  return {
    path: '/graphql',
    // In memory; main.ts writes the printed schema to the committed file in development.
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Parsed and validated operations, by query text. Clients send a few dozen distinct
    // operations; 4 MiB (Apollo's default is 30) keeps a flood of unique ones from holding memory.
    documentStore: new InMemoryLRUCache({ maxSize: 4 * 2 ** 20 }),
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [depthLimitRule(QUERY_LIMITS.maxDepth), aliasLimitRule(QUERY_LIMITS.maxAliases)],
    plugins: [
      complexityPlugin(),
      // After the limits: an operation they reject never reaches the database, not even for the viewer.
      viewerPlugin(viewers),
      config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault(),
      // No type carries cache hints: Apollo's cache-control plugin would wrap every field resolver only to answer no-store.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ],
    formatError: createFormatError({ production: config.isProduction, maxTokens: QUERY_LIMITS.maxTokens }),
    context: async ({ req }: { req: Request }): Promise<RequestContext> => ({
      req,
      viewer: ViewerContext.anonymous(),
      loaders: new LoaderRegistry(),
    }),
  };
}

/** `cache-control: no-store` on every GraphQL response, as Apollo's cache-control plugin answered for uncacheable ones. */
function noStorePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** Resolves the bearer token into the request's viewer once the operation has passed validation and limits. */
function viewerPlugin(viewers: ViewerService): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        // Not didResolveOperation: Apollo runs those hooks concurrently, so a rejected operation would still query.
        async executionDidStart({ contextValue }) {
          contextValue.viewer = await viewers.fromAuthorization(contextValue.req?.headers.authorization);
        },
      };
    },
  };
}
