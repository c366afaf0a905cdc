import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LoginLimiter, MemberEntity, PasswordHasher } from '@app/members';
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

  it('blocks an e-mail after 3 failed logins, even with the right password from an address that failed, without hashing', async () => {
    const member = await t.seed.member();
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, { 'x-forwarded-for': `198.51.100.${i}` });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const before = verifications;
    const res = await t.gql(null, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': '198.51.100.0' });
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

  it('ends a block at the end of the window that caused it, however many attempts it refused meanwhile', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_LOGIN: '2/4' } });
    try {
      const member = await limited.seed.member();
      const attempt = (email: string, password: string, address: string) =>
        limited.gql(null, LOGIN, { email, password }, { 'x-forwarded-for': address });
      // An address with a failure on record (on another e-mail): not clean, not blocked.
      expect((await attempt('nessuno@example.it', 'sbagliata-123', '192.0.2.45')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // Two failures from one address block both that address and the e-mail, in windows that end by `windowEnd`.
      expect((await attempt(member.email, 'sbagliata-123', '192.0.2.44')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const windowEnd = Date.now() + 4000;
      expect((await attempt(member.email, 'sbagliata-123', '192.0.2.44')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The right password, refused by the address's block (…44) and by the e-mail's (…45): neither counts nor extends.
      let refused = 0;
      // Stop well before the end, so that no refused attempt reaches the server after it.
      while (Date.now() < windowEnd - 1500) {
        for (const address of ['192.0.2.44', '192.0.2.45']) {
          const sent = Date.now();
          const res = await attempt(member.email, member.password, address);
          expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
          // Never later than the end of the original window.
          expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(Math.max(1, Math.ceil((windowEnd - sent) / 1000)));
          refused++;
        }
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      expect(refused).toBeGreaterThanOrEqual(4);
      // Had any refused attempt counted or restarted a window, the block would last ~2.5 s more.
      await new Promise((resolve) => setTimeout(resolve, windowEnd + 200 - Date.now()));
      expect((await attempt(member.email, member.password, '192.0.2.44')).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('lets the owner in from an address where they signed in before, while a flood from rotating addresses reaches argon2 at most twice the limit', async () => {
    const member = await t.seed.member();
    const home = from();
    expect((await t.gql(null, LOGIN, { email: member.email, password: member.password }, home)).errors).toBeUndefined();

    const before = verifications;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, from())),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code);
    // 3 failures fill the e-mail's window, then 3 clean addresses get one try each; the rest never hash.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(6);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(34);
    expect(verifications - before).toBe(6);

    const stranger = await t.gql(null, LOGIN, { email: member.email, password: member.password }, from());
    expect(stranger.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(verifications - before).toBe(6);
    const owner = await t.gql(null, LOGIN, { email: member.email, password: member.password }, home);
    expect(owner.errors).toBeUndefined();
  });

  it('clears an e-mail’s block when asked to (as a password reset will)', async () => {
    const member = await t.seed.member();
    const headers = from();
    for (let i = 0; i < 3; i++) {
      expect((await t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, headers)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const other = from();
    expect((await t.gql(null, LOGIN, { email: member.email, password: 'sbagliata-123' }, other)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(null, LOGIN, { email: member.email, password: member.password }, other)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await t.app.get(LoginLimiter).clearEmail(member.email.toUpperCase());
    expect((await t.gql(null, LOGIN, { email: member.email, password: member.password }, other)).errors).toBeUndefined();
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
