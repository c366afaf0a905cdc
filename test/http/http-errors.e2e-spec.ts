import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Get, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NotFoundError } from '@app/core';
import { startTestApp, TestApp } from '@app/testing';
import { GraphqlPassthroughFilter } from '../../apps/api/src/graphql/passthrough.filter.js';
import { serveWebClient } from '../../apps/api/src/web/web-client.js';

interface JsonError {
  status: number;
  errors: Array<{ message: string; extensions: { code: string; fields?: unknown[] } }>;
  headers: Headers;
}

/** The answer must be JSON in the errors shape, with nothing of the server's insides: no HTML, stack line or file path. */
async function jsonError(res: Response): Promise<JsonError> {
  const text = await res.text();
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/<html|<pre>/i);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|\bat \/|:\d+:\d+\)/);
  expect(text).not.toContain(process.cwd());
  expect(text).not.toContain('node_modules');
  const body = JSON.parse(text) as { errors: JsonError['errors'] };
  expect(body.errors).toHaveLength(1);
  expect(Object.keys(body.errors[0]).sort()).toEqual(['extensions', 'message']);
  return { status: res.status, errors: body.errors, headers: res.headers };
}

describe.each(['development', 'production'])('HTTP errors answered as JSON (NODE_ENV=%s)', (nodeEnv) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: nodeEnv } });
  });
  afterAll(() => t.close());

  const post = (path: string, contentType: string, body: string) =>
    fetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a body that is not JSON with 400 BAD_USER_INPUT, on /graphql and elsewhere', async () => {
    for (const path of ['/graphql', '/health', '/sconosciuto']) {
      const res = await jsonError(await post(path, 'application/json', '{ "query": "{ me { id } }", '));
      expect(res.status).toBe(400);
      expect(res.errors[0]).toEqual({
        message: 'Il corpo della richiesta non è un JSON valido',
        extensions: { code: 'BAD_USER_INPUT', fields: [] },
      });
    }
  });

  it('answers a body over 1 MB with 413 BAD_USER_INPUT naming the limit, before any GraphQL runs', async () => {
    const res = await jsonError(await post('/graphql', 'application/json', JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } })));
    expect(res.status).toBe(413);
    expect(res.errors[0]).toEqual({ message: 'Il corpo della richiesta supera il limite di 1 MB', extensions: { code: 'BAD_USER_INPUT', fields: [] } });
  });

  it('answers a content type other than JSON with 400 BAD_USER_INPUT and an Italian message', async () => {
    const xml = await jsonError(await post('/graphql', 'application/xml', '<query>{ me { id } }</query>'));
    expect(xml.status).toBe(400);
    expect(xml.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(xml.errors[0].message).toContain('application/json');
    // text/plain is what a cross-site form can send: refused by CSRF prevention, still in JSON.
    const text = await jsonError(await post('/graphql', 'text/plain', JSON.stringify({ query: '{ me { id } }' })));
    expect(text.status).toBe(400);
    expect(text.errors[0].message).toContain('CSRF');
  });

  it('answers a JSON body in another charset with 415 BAD_USER_INPUT', async () => {
    const res = await jsonError(await post('/graphql', 'application/json; charset=latin1', JSON.stringify({ query: '{ me { id } }' })));
    expect(res.status).toBe(415);
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown route with 404 NOT_FOUND', async () => {
    for (const [method, path] of [
      ['POST', '/sconosciuto'],
      ['GET', '/health/altro'],
      ['DELETE', '/health'],
    ]) {
      const res = await jsonError(await fetch(`${t.baseUrl}${path}`, { method }));
      expect(res.status).toBe(404);
      expect(res.errors[0]).toEqual({ message: 'Nessuna risorsa a questo indirizzo', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('sends the security headers with error answers too', async () => {
    const res = await post('/graphql', 'application/json', '{');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

@Controller()
class HealthStandInController {
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Get('health/guasto')
  broken() {
    throw new Error(`ENOENT: ${process.cwd()}/segreto.txt`);
  }

  @Get('health/pratica')
  missing() {
    throw new NotFoundError('Documento', 'abc');
  }
}

@Module({ controllers: [HealthStandInController], providers: [{ provide: APP_FILTER, useClass: GraphqlPassthroughFilter }] })
class StandInModule {}

describe('JSON errors beside the web client', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-web-errors-'));
  let app: NestExpressApplication;
  let url: string;
  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Buone Pratiche</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), 'console.log("ciao")');
    app = await NestFactory.create<NestExpressApplication>(StandInModule, { logger: false });
    serveWebClient(app, dir);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the client's routes and assets, and answers what is neither with a JSON 404", async () => {
    const page = await fetch(`${url}/discussioni/qualsiasi`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(await (await fetch(`${url}/assets/index-Ab12Cd34.js`)).text()).toBe('console.log("ciao")');
    for (const [method, path] of [
      ['GET', '/assets/index-mancante.js'],
      ['POST', '/discussioni/qualsiasi'],
    ]) {
      const res = await jsonError(await fetch(`${url}${path}`, { method }));
      expect(res.status).toBe(404);
      expect(res.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it("answers a controller's failure with 500 INTERNAL and a generic message, and a domain error with its code", async () => {
    const broken = await jsonError(await fetch(`${url}/health/guasto`));
    expect(broken.status).toBe(500);
    expect(broken.errors[0]).toEqual({ message: 'Si è verificato un errore interno: riprova più tardi', extensions: { code: 'INTERNAL' } });
    const missing = await jsonError(await fetch(`${url}/health/pratica`));
    expect(missing.status).toBe(404);
    expect(missing.errors[0]).toEqual({ message: 'Documento non trovato (abc)', extensions: { code: 'NOT_FOUND' } });
  });
});
