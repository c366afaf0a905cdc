import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { type AppConfig, RequestLoad } from '@app/core';
import { serveWebClient } from './web/web-client.js';
import { RealtimeIoAdapter } from '@app/notifications';
import { graphqlFastLane, GraphqlRunner } from './graphql/graphql-fast-lane.js';
import { graphqlContext } from './graphql/graphql.options.js';

/** The largest JSON body accepted (body-parser's limit, in bytes). */
const BODY_LIMIT = 2 ** 20;

/** HTTP-level set-up shared by main.ts and the test app, so tests run what production runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Counts the requests being served: background work (e-mail bursts) waits for gaps between them.
  app.use(app.get(RequestLoad).middleware);
  // First: the GraphQL operations of the clients, with the headers below, skip the rest of the chain.
  let runner: GraphqlRunner | null = null;
  app.use(
    graphqlFastLane({
      headers: headersOf(strictHeaders(config)),
      limit: BODY_LIMIT,
      cors: !!config.corsOrigin,
      runner: () => (runner ??= apolloOf(app)),
    }),
  );
  // Before the body parser, so that its error answers (JSON, see answerHttpError) carry the headers too.
  app.use(securityHeaders(config));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  if (config.corsOrigin) {
    app.enableCors({ origin: config.corsOrigin.split(',').map((o) => o.trim()), credentials: false });
  }
  // socket.io at /socket.io; with REDIS_URL every instance delivers every room's events.
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, { redisUrl: config.redisUrl, corsOrigin: config.corsOrigin }));
  serveWebClient(app);
}

/**
 * helmet's headers with a CSP the web client lives with (own scripts only, inline
 * styles for Bootstrap Italia, websockets to the same origin). Outside production the
 * GraphQL sandbox page at GET /graphql loads Apollo's embeddable scripts, so it gets
 * the other headers without a CSP.
 */
function securityHeaders(config: AppConfig) {
  const strict = strictHeaders(config);
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    !config.isProduction && req.method === 'GET' && req.path === '/graphql' ? withoutCsp(req, res, next) : strict(req, res, next);
}

function strictHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Posts embed images of the listed hosts only (the renderer turns others into links); the
        // policy says the same to browsers, the Markdown preview included.
        imgSrc: ["'self'", 'data:', ...config.allowedImageHosts],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // helmet's default would make browsers fetch the client's assets over https from a server
        // reached by plain http on a non-loopback address (http://HOST:PORT/), breaking the page.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** The headers a helmet middleware sets, in order (its directives are fixed: the same on every response). */
function headersOf(middleware: ReturnType<typeof helmet>): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  middleware({} as Request, recorder as unknown as Response, () => undefined);
  return headers;
}

/** Apollo and the operations' context, once the GraphQL module has started its server (null before). */
function apolloOf(app: NestExpressApplication): GraphqlRunner | null {
  const server = app.get(GraphQLModule<ApolloDriver>, { strict: false })?.graphQlAdapter?.instance;
  return server ? { server: server as unknown as GraphqlRunner['server'], context: graphqlContext } : null;
}
