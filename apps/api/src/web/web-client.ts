import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { rootLogger } from '@app/core';

/** Paths the API answers itself: the client's fallback never shadows them. */
const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/email', '/files', '/eventi', '/calendario.ics', '/opendata', '/auth'];
/** API paths inside the client's own routes: a practice's publiccode.yml under `/pratiche/<slug>`. */
const API_PATTERNS = [/^\/pratiche\/[^/]+\/publiccode\.yml$/];

/** The repository root, found from this file whether it runs from sources or from dist/. */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'apps'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function webClientDir(): string {
  return join(repositoryRoot(), 'apps/web/dist');
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`)) || API_PATTERNS.some((p) => p.test(path));
}

/**
 * Serves the built web client (apps/web/dist) at `/`: hashed assets cached for a year, index.html
 * never cached, and index.html for any other GET so that the client's routes survive a reload.
 * Without a build the API runs alone.
 */
export function serveWebClient(app: NestExpressApplication, dir = webClientDir()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    rootLogger.info({ dir }, 'web client not built: serving the API only (npm run build:web)');
    return false;
  }
  app.useStaticAssets(dir, {
    index: false,
    redirect: false,
    setHeaders(res, path) {
      const immutable = path.startsWith(join(dir, 'assets'));
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index, (err) => err && next(err));
  });
  rootLogger.info({ dir }, 'web client served at /');
  return true;
}
