import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { lexicographicSortSchema } from 'graphql';
import { AppConfig, RequestContext, RequestLoaders, ViewerContext } from '@app/core';
import { ViewerService } from '@app/members';
import { CompiledExecutor } from './compiled-executor.js';
import { createFormatError } from './format-error.js';
import { complexityPlugin } from './limits/complexity.plugin.js';
import { aliasLimitRule, depthLimitRule, QUERY_LIMITS } from './limits/query-limits.js';

export function graphqlOptions(config: AppConfig, viewers: ViewerService): ApolloDriverConfig {
  const executor = new CompiledExecutor(config.graphqlCompileAfter);
  return {
    path: '/graphql',
    // In memory; main.ts writes the printed schema to the committed file in development.
    autoSchemaFile: true,
    // Sorted here rather than by Nest (which sorts after this transform): the executor runs on the schema Apollo validates with.
    sortSchema: false,
    transformSchema: (schema) => executor.useSchema(lexicographicSortSchema(schema)),
    // Nest hands its options to `new ApolloServer`, whose gateway option is how it takes an executor; Nest's type leaves it out.
    ...(config.graphqlExecutor === 'compiled' ? ({ gateway: executor } as Pick<ApolloDriverConfig, never>) : {}),
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
      requestErrorStatusPlugin(),
    ],
    formatError: createFormatError({ production: config.isProduction, maxTokens: QUERY_LIMITS.maxTokens }),
    context: graphqlContext,
  };
}

/** The context of one operation: its request, the anonymous viewer until the viewer plugin reads the token, no loader yet. */
export async function graphqlContext({ req }: { req: Request }): Promise<RequestContext> {
  return { req, viewer: ViewerContext.anonymous(), loaders: new RequestLoaders() };
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

/** Codes of a document that does not parse or validate (limits included), variables that do not coerce, an unknown operationName. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE']);

/** The media types Apollo chooses among for a response, spelled as it does (parameters matter to negotiation). */
const RESPONSE_MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * GraphQL over HTTP: an operation refused before execution (parse, validation, the query limits,
 * variable coercion) in a well-formed request is answered 200 when the response is
 * `application/json`, as the spec says clients of that media type expect, and keeps Apollo's 400
 * for `application/graphql-response+json`. Requests that are not well-formed (no query, a body
 * that is not JSON, CSRF prevention) keep their 4xx.
 */
function requestErrorStatusPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors, contextValue }) {
          // Only answers without data: an operation that ran keeps whatever status it has.
          if (response.http.status !== 400 || response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
          if (!errors?.length || !errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
          const mediaType = contextValue.req?.accepts(RESPONSE_MEDIA_TYPES);
          if (mediaType && !mediaType.startsWith('application/graphql-response+json')) response.http.status = 200;
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
