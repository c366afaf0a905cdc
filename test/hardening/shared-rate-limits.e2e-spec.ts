import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '@app/testing';

const REDIS_URL = process.env.REDIS_URL;
const UPDATE = `mutation ($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

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
      app.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, { 'x-forwarded-for': `198.18.${i}.1` });
    expect((await wrong(a, 1)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await wrong(b, 2)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await wrong(a, 3)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await b.gql(null, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': '198.18.4.1' });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
