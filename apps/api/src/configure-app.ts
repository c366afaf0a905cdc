import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@app/core';
import { serveWebClient } from './web/web-client.js';
import { RealtimeIoAdapter } from '@app/notifications';

/** HTTP-level set-up shared by main.ts and the test app, so tests run what production runs. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '1mb' });
  if (config.corsOrigin) {
    app.enableCors({ origin: config.corsOrigin.split(',').map((o) => o.trim()), credentials: false });
  }
  // socket.io at /socket.io; with REDIS_URL every instance delivers every room's events.
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, { redisUrl: config.redisUrl, corsOrigin: config.corsOrigin }));
  serveWebClient(app);
}
