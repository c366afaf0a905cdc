import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GqlResponse, startTestApp, TestApp } from '@app/testing';

const SEARCH = `query ($query: String!) { search(query: $query, first: 5) { nodes { score } } }`;
const PRACTICES = `query ($query: String) { practices(filter: { query: $query }, first: 5) { nodes { id } } }`;
const LIMIT = 3;

describe('search rate limit (RATE_LIMIT_SEARCH)', () => {
  let t: TestApp;
  let address = 0;
  /** A distinct client address per test, through the loopback proxy's X-Forwarded-For. */
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

  const expectLimited = (res: GqlResponse) => {
    expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(res.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(res.errors?.[0].message).toMatch(/Troppe richieste/);
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_SEARCH: `${LIMIT}/60` } });
  });
  afterAll(() => t.close());

  it('refuses the (limit+1)-th anonymous search from one address with RATE_LIMITED, other addresses unaffected', async () => {
    const headers = from();
    for (let i = 0; i < LIMIT; i++) expect((await t.gql(null, SEARCH, { query: `comune ${i}` }, headers)).errors).toBeUndefined();
    expectLimited(await t.gql(null, SEARCH, { query: 'comune' }, headers));
    expect((await t.gql(null, SEARCH, { query: 'comune' }, from())).errors).toBeUndefined();
  });

  it('counts members by member, not by address: a different member is unaffected', async () => {
    const headers = from();
    const [first, second] = [await t.seed.member(), await t.seed.member()];
    for (let i = 0; i < LIMIT; i++) expect((await t.gql(first, SEARCH, { query: 'protocollo' }, headers)).errors).toBeUndefined();
    expectLimited(await t.gql(first, SEARCH, { query: 'protocollo' }, headers));
    expectLimited(await t.gql(first, SEARCH, { query: 'protocollo' }, from()));
    expect((await t.gql(second, SEARCH, { query: 'protocollo' }, headers)).errors).toBeUndefined();
    expect((await t.gql(null, SEARCH, { query: 'protocollo' }, headers)).errors).toBeUndefined();
  });

  it('counts practices with a text query in the same budget, and practices without one not at all', async () => {
    const headers = from();
    for (let i = 0; i < LIMIT + 2; i++) expect((await t.gql(null, PRACTICES, { query: null }, headers)).errors).toBeUndefined();
    expect((await t.gql(null, PRACTICES, { query: '   ' }, headers)).errors).toBeUndefined();
    expect((await t.gql(null, PRACTICES, { query: 'sportello' }, headers)).errors).toBeUndefined();
    expect((await t.gql(null, SEARCH, { query: 'sportello' }, headers)).errors).toBeUndefined();
    expect((await t.gql(null, PRACTICES, { query: 'sportello' }, headers)).errors).toBeUndefined();
    expectLimited(await t.gql(null, PRACTICES, { query: 'sportello' }, headers));
    expectLimited(await t.gql(null, SEARCH, { query: 'sportello' }, headers));
  });

  it('counts every aliased search of one operation', async () => {
    const aliases = Array.from({ length: LIMIT + 1 }, (_, i) => `s${i}: search(query: "anagrafe", first: 1) { nodes { score } }`);
    const res = await t.gql(null, `{ ${aliases.join(' ')} }`, {}, from());
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
