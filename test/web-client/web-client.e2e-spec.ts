import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveWebClient } from '../../apps/api/src/web/web-client.js';

@Controller()
class ApiStandInController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Post('graphql')
  graphql() {
    return { data: { ok: true } };
  }
}

@Module({ controllers: [ApiStandInController] })
class StandInModule {}

async function startWith(dir: string): Promise<{ app: NestExpressApplication; url: string; served: boolean }> {
  const app = await NestFactory.create<NestExpressApplication>(StandInModule, { logger: false });
  const served = serveWebClient(app, dir);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl(), served };
}

describe('the web client served by the API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-web-dist-'));
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Buone Pratiche</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log("ciao")');
    ({ app, url } = await startWith(dir));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / with index.html, never cached', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<div id="root">');
  });

  it('answers a client route with index.html so that a reload keeps the page', async () => {
    const res = await fetch(`${url}/discussioni/4b8e2a1c-0000-4000-8000-000000000000?x=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await fetch(`${url}/assets/index-Ab12Cd34.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("ciao")');
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const res = await fetch(`${url}/assets/index-missing.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<div id="root">');
  });

  it('leaves /health, /graphql and /socket.io to the API', async () => {
    const health = await fetch(`${url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await graphql.json()).toEqual({ data: { ok: true } });
    const socket = await fetch(`${url}/socket.io/?EIO=4&transport=polling`);
    expect(await socket.text()).not.toContain('<div id="root">');
  });

  it('starts the API alone when the client is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hub-web-none-'));
    const alone = await startWith(empty);
    try {
      expect(alone.served).toBe(false);
      expect((await fetch(`${alone.url}/`)).status).toBe(404);
      expect(await (await fetch(`${alone.url}/health`)).json()).toEqual({ status: 'ok' });
    } finally {
      await alone.app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
