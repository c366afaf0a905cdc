import { join } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { AppConfig, LoaderRegistry, RequestContext } from '@app/core';
import { ViewerService } from '@app/members';
import { formatError } from './format-error.js';

export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

export function graphqlOptions(config: AppConfig, viewers: ViewerService): ApolloDriverConfig {
  return {
    path: '/graphql',
    // Outside tests the printed schema is kept in a committed file so reviewers see API changes.
    autoSchemaFile: config.nodeEnv === 'development' ? SCHEMA_FILE : true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    plugins: [config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault()],
    formatError,
    context: async ({ req }: { req: Request }): Promise<RequestContext> => ({
      req,
      viewer: await viewers.fromAuthorization(req.headers.authorization),
      loaders: new LoaderRegistry(),
    }),
  };
}
