import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@app/core';
import { serveWebClient } from './web/web-client.js';
import { RealtimeIoAdapter } from '@app/notifications';

/** HTTP-level set-up shared by main.ts and the test app, so tests run what production runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Before the body parser, so that its error answers (JSON, see answerHttpError) carry the headers too.
  app.use(securityHeaders(config));
  app.useBodyParser('json', { limit: '1mb' });
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
  const strict = helmet({
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
  const withoutCsp = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    !config.isProduction && req.method === 'GET' && req.path === '/graphql' ? withoutCsp(req, res, next) : strict(req, res, next);
}
