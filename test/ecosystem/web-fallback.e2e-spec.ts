import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { serveWebClient } from '../../apps/api/src/web/web-client.js';

@Controller()
class EcosystemStandInController {
  @Get('opendata/catalogo.jsonld')
  catalogue() {
    return { api: 'opendata' };
  }

  @Get('auth/oidc/login')
  login() {
    return { api: 'auth' };
  }

  @Get('pratiche/:slug/publiccode.yml')
  publiccode() {
    return { api: 'publiccode' };
  }
}

@Module({ controllers: [EcosystemStandInController] })
class StandInModule {}

describe("the web client's fallback and the ecosystem's HTTP paths", () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-web-eco-'));
  let app: NestExpressApplication;
  let url: string;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    app = await NestFactory.create<NestExpressApplication>(StandInModule, { logger: false });
    serveWebClient(app, dir);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves /opendata, /auth and a practice\'s publiccode.yml to the API', async () => {
    expect(await (await fetch(`${url}/opendata/catalogo.jsonld`)).json()).toEqual({ api: 'opendata' });
    expect(await (await fetch(`${url}/auth/oidc/login`)).json()).toEqual({ api: 'auth' });
    expect(await (await fetch(`${url}/pratiche/albo-pretorio/publiccode.yml`)).json()).toEqual({ api: 'publiccode' });
  });

  it("still answers the practice page itself with the client's index.html", async () => {
    const res = await fetch(`${url}/pratiche/albo-pretorio`);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain('<div id="root">');
  });
});
