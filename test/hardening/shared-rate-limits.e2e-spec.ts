import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '@app/testing';

const REDIS_URL = process.env.REDIS_URL;
const UPDATE = `mutation ($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
// Addresses of this run only: the counters live in Redis, which outlives a run.
const run = Math.floor(Math.random() * 250);
const address = (i: number) => `198.18.${run}.${i}`;

// Two instances on one database and one Redis: the limits are counted in Redis, so they hold across both.
(REDIS_URL ? describe : describe.skip)('rate limits shared by several instances through Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL: REDIS_URL!, RATE_LIMIT_WRITES: '4/60', RATE_LIMIT_LOGIN: '3/60' };
    a = await startTestApp({ env });
    b = await startTestApp({ env, database: a.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('counts a member’s writes on both instances against one budget', async () => {
    const member = await a.seed.member();
    for (let i = 0; i < 4; i++) {
      const res = await (i % 2 ? b : a).gql(member, UPDATE, { name: `Nome ${i}` });
      expect(res.errors).toBeUndefined();
    }
    const onA = await a.gql(member, UPDATE, { name: 'Oltre il limite' });
    const onB = await b.gql(member, UPDATE, { name: 'Oltre il limite' });
    expect(onA.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(onB.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('counts failed logins for one e-mail on both instances', async () => {
    const member = await a.seed.member();
    const wrong = (app: TestApp, i: number) =>
      app.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, { 'x-forwarded-for': address(i) });
    expect((await wrong(a, 1)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await wrong(b, 2)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await wrong(a, 3)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await b.gql(null, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': address(1) });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('lets the owner in from a clean or known address while rotating addresses on both instances get at most the limit of clean tries', async () => {
    const member = await a.seed.member();
    const login = (app: TestApp, password: string, i: number) =>
      app.gql(null, LOGIN, { email: member.email, password }, { 'x-forwarded-for': address(i) });
    for (let i = 1; i <= 3; i++) expect((await login(i % 2 ? a : b, 'sbagliata-123', i)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(a, member.password, 1)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // A clean address: the owner signs in (and the address becomes known for this e-mail).
    expect((await login(b, member.password, 10)).errors).toBeUndefined();

    const flood = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 ? a : b, 'sbagliata-123', 100 + i)));
    const codes = flood.map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(17);
    expect((await login(b, member.password, 200)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect((await login(a, member.password, 10)).errors).toBeUndefined();
  });

  it('ends an e-mail block at the end of its window on both instances, whatever was refused meanwhile', async () => {
    const env = { REDIS_URL: REDIS_URL!, RATE_LIMIT_LOGIN: '2/4' };
    const c = await startTestApp({ env, database: a.database });
    const d = await startTestApp({ env, database: a.database });
    try {
      const member = await c.seed.member();
      const login = (app: TestApp, password: string, i: number) =>
        app.gql(null, LOGIN, { email: member.email, password }, { 'x-forwarded-for': address(i) });
      expect((await login(c, 'sbagliata-123', 50)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const windowEnd = Date.now() + 4000;
      expect((await login(d, 'sbagliata-123', 51)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Stop well before the end, so that no refused attempt reaches the server after it.
      while (Date.now() < windowEnd - 1500) {
        for (const app of [c, d]) {
          const sent = Date.now();
          const res = await login(app, member.password, 50);
          expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
          expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(Math.max(1, Math.ceil((windowEnd - sent) / 1000)));
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      await new Promise((resolve) => setTimeout(resolve, windowEnd + 200 - Date.now()));
      expect((await login(d, member.password, 50)).errors).toBeUndefined();
    } finally {
      await d.close();
      await c.close();
    }
  });
});
