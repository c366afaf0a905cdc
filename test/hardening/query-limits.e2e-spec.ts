import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '@app/testing';

/** Nests members -> administration -> members ... to the given number of levels. */
function nested(levels: number): string {
  const path = ['members(first: 1)', 'nodes'];
  while (path.length < levels - 1) path.push(path.length % 2 === 0 ? 'administration' : 'members');
  return `{ ${path.join(' { ')} { id ${' }'.repeat(path.length)} }`;
}

describe('limits on hostile GraphQL, enforced before any SQL', () => {
  let t: TestApp;
  let member: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    member = await t.seed.member();
  });
  afterAll(() => t.close());

  async function rejected(query: string, variables?: Record<string, unknown>) {
    let res: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.queries.count(async () => {
      res = await t.gql(member, query, variables);
    });
    return { res: res!, statements };
  }

  it('accepts an operation 8 levels deep and rejects one 9 deep, naming the limit', async () => {
    const ok = await t.gql(member, nested(8));
    expect(ok.errors).toBeUndefined();
    const { res, statements } = await rejected(nested(9));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
    expect(res.errors?.[0].message).toContain('profondità 9');
    expect(statements).toBe(0);
  });

  it('rejects more than 15 aliases', async () => {
    const ok = await t.gql(member, `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(ok.errors).toBeUndefined();
    const { res, statements } = await rejected(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
    expect(statements).toBe(0);
  });

  it('rejects documents over 2,000 tokens', async () => {
    const { res, statements } = await rejected(`{ me { ${'id '.repeat(2100)} } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'tokens' });
    expect(res.errors?.[0].message).toContain('2000 token');
    expect(statements).toBe(0);
  });

  it('rejects page sizes outside 1..100 given literally or in variables', async () => {
    for (const [query, variables] of [
      ['{ members(first: 101) { totalCount } }', undefined],
      ['{ administrations(first: 0) { totalCount } }', undefined],
      ['query ($n: Int) { members(first: $n) { totalCount } }', { n: -5 }],
    ] as const) {
      const { res, statements } = await rejected(query, variables);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'pageSize' });
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'first', message: expect.any(String) }]);
      expect(statements).toBe(0);
    }
  });

  it('rejects an operation over the cost budget, counting lists by their page size', async () => {
    const query = `{ a: members(first: 100) { nodes { administration { members { administration { members { id } } } } } }
                     b: administrations(first: 100) { nodes { members { administration { members { id } } } } }
                     c: members(first: 100) { nodes { administration { members { administration { members { id } } } } } } }`;
    const { res, statements } = await rejected(query);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(res.errors?.[0].message).toMatch(/costo \d+, massimo 25000/);
    expect(statements).toBe(0);
  });

  it('measures a fragment spread many times once: a fragment bomb is refused at once, before any SQL', async () => {
    // Seven fragments, each spreading the next forty times: 40^7 paths if every spread were walked again.
    let query = '{ me { ...F0 } }';
    for (let i = 0; i < 7; i++) query += ` fragment F${i} on Member { ${Array(40).fill(i < 6 ? `...F${i + 1}` : 'id').join(' ')} }`;
    const started = Date.now();
    const { res, statements } = await rejected(query);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(res.errors?.[0].message).toContain('10000 campi');
    expect(statements).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers variables that do not coerce with BAD_USER_INPUT, not as a limit', async () => {
    const { res, statements } = await rejected('query ($n: Int) { members(first: $n) { totalCount } }', { n: 'molti' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.limit).toBeUndefined();
    expect(statements).toBe(0);
  });

  it('refuses HTTP batches of operations', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses request bodies over 1 MB', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('answers syntax errors and unknown fields with BAD_USER_INPUT', async () => {
    const syntax = await t.gql(member, '{ me { id ');
    expect(syntax.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(member, '{ me { idd } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
