import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { ConfigError, loadConfig } from '@app/core';
import { startTestApp, TestApp } from '@app/testing';

describe('HTTP and token hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends helmet headers with a content security policy', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // No remote image at all without ALLOWED_IMAGE_HOSTS: readers' addresses go to no third party.
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self' data:;");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps CORS closed unless CORS_ORIGIN is configured', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://malevolo.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses cross-site simple requests (CSRF prevention): text/plain POST and GET without preflight header', async () => {
    const member = await t.seed.member();
    const post = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ query: 'mutation { updateProfile(input: { displayName: "Falsificato" }) { id } }' }),
    });
    expect(post.status).toBe(400);
    const me = await t.gql(member, '{ me { displayName } }');
    expect(me.data.me.displayName).toBe(member.displayName);
  });

  it('accepts only HS256 tokens signed with the secret: alg none and other keys are anonymous', async () => {
    const member = await t.seed.member();
    const none = jwt.sign({}, '', { algorithm: 'none', subject: member.id, issuer: 'buone-pratiche-hub' });
    const otherKey = jwt.sign({}, 'un-altro-segreto-lungo-abbastanza-per-hs256', { algorithm: 'HS256', subject: member.id, issuer: 'buone-pratiche-hub' });
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, t.config.jwtSecret, { algorithm: 'HS256', subject: member.id, issuer: 'buone-pratiche-hub' });
    for (const token of [none, otherKey, expired]) {
      const res = await t.gql({ token }, '{ me { id } }');
      expect(res.data.me).toBeNull();
    }
    expect((await t.gql(member, '{ me { id } }')).data.me.id).toBe(member.id);
  });

  it('names every bad variable at start-up without printing any value', () => {
    const secret = 'corto';
    let error: unknown;
    try {
      loadConfig({ PORT: 'ottanta', JWT_SECRET: secret, RATE_LIMIT_LOGIN: 'tanti', REDIS_URL: 'http://x' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'JWT_SECRET', 'RATE_LIMIT_LOGIN', 'REDIS_URL']) expect(message).toContain(name);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('ottanta');
  });

  it('refuses the NUL character in any argument with BAD_USER_INPUT naming the field, never INTERNAL', async () => {
    const member = await t.seed.member();
    const login = await t.gql(null, `mutation ($e: String!) { login(email: $e, password: "qualsiasi-password") { token } }`, { e: 'a\u0000@b.it' });
    expect(login.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: expect.any(String) }] });
    const profile = await t.gql(member, `mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`, { i: { bio: 'ciao\u0000' } });
    expect(profile.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.bio', message: expect.any(String) }] });
    const byId = await t.gql(member, `query ($id: ID!) { member(id: $id) { id } }`, { id: '\u0000' });
    expect(byId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const me = await t.gql(member, '{ me { bio } }');
    expect(me.data.me.bio).toBeNull();
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z' })).toThrow(/JWT_SECRET/);
  });
});
