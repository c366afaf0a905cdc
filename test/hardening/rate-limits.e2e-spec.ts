import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberEntity, PasswordHasher } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const UPDATE = `mutation ($name: String!) { updateProfile(input: { displayName: $name }) { displayName } }`;

describe('rate limits', () => {
  let t: TestApp;
  let verifications = 0;
  let address = 0;
  /** A distinct client address per test, through the loopback proxy's X-Forwarded-For. */
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_LOGIN: '3/60', RATE_LIMIT_WRITES: '5/60' } });
    const hasher = t.app.get(PasswordHasher);
    const verify = hasher.verify.bind(hasher);
    hasher.verify = (hash, password) => {
      verifications++;
      return verify(hash, password);
    };
  });
  afterAll(() => t.close());

  it('blocks an e-mail after 3 failed logins, even with the right password, without hashing', async () => {
    const member = await t.seed.member();
    const headers = from();
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, { 'x-forwarded-for': `198.51.100.${i}` });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const before = verifications;
    const res = await t.gql(null, LOGIN, { email: member.email, password: member.password }, headers);
    expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(verifications).toBe(before);
  });

  it('blocks an address after 3 failed logins on any e-mail', async () => {
    const member = await t.seed.member();
    const headers = from();
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(null, LOGIN, { email: `nessuno${i}@example.it`, password: 'sbagliata-123' }, headers);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(null, LOGIN, { email: member.email, password: member.password }, headers);
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const elsewhere = await t.gql(null, LOGIN, { email: member.email, password: member.password }, from());
    expect(elsewhere.errors).toBeUndefined();
  });

  it('holds the block while attempts continue, instead of reopening at the next window', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_LOGIN: '2/2' } });
    try {
      const member = await limited.seed.member();
      const headers = { 'x-forwarded-for': '192.0.2.44' };
      const attempt = (password: string) => limited.gql(null, LOGIN, { email: member.email, password }, headers);
      for (let i = 0; i < 2; i++) expect((await attempt('sbagliata-123')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Keep trying for longer than the 2 s window: every attempt is refused and restarts it.
      const until = Date.now() + 3000;
      while (Date.now() < until) {
        expect((await attempt(member.password)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect((await attempt(member.password)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('does not count successful logins against the limit', async () => {
    const member = await t.seed.member();
    const headers = from();
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(null, LOGIN, { email: member.email, password: member.password }, headers);
      expect(res.errors).toBeUndefined();
    }
  });

  it('lets at most a handful of a concurrent login flood reach argon2', async () => {
    const member = await t.seed.member();
    const headers = from();
    const before = verifications;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, headers)),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(37);
    expect(verifications - before).toBe(3);
  });

  it('limits writes per member with RATE_LIMITED and a retry time, writing nothing past the limit', async () => {
    const member = await t.seed.member();
    const other = await t.seed.member();
    for (let i = 1; i <= 5; i++) {
      const res = await t.gql(member, UPDATE, { name: `Nome ${i}` });
      expect(res.errors).toBeUndefined();
    }
    const limited = await t.gql(member, UPDATE, { name: 'Nome 6' });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(/riprova tra \d+ secondi/);
    const row = await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: member.id });
    expect(row.displayName).toBe('Nome 5');

    const reads = await t.gql(member, `{ me { displayName } }`);
    expect(reads.data.me.displayName).toBe('Nome 5');
    const otherWrite = await t.gql(other, UPDATE, { name: 'Altro nome' });
    expect(otherWrite.errors).toBeUndefined();
  });
});
