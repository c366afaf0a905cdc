import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApp, TestApp } from '@app/testing';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

function failures(results: AuditResult[], statuses: string[]): string[] {
  return results.filter((r) => r.status !== 'ok' && statuses.includes(r.status)).map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
}

describe('GraphQL over HTTP (graphql-http audit)', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    url = `${t.baseUrl}/graphql`;
  });
  afterAll(() => t.close());

  async function post(body: Record<string, unknown>, accept?: string) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
  }

  it('passes every MUST and SHOULD of the graphql-http audit', async () => {
    const results = await auditServer({ url });
    expect(results.length).toBeGreaterThan(40);
    expect(failures(results, ['error', 'warn'])).toEqual([]);
  });

  it('passes every audit, MAY included, for a client that sends apollo-require-preflight on GET', async () => {
    // CSRF prevention refuses a GET that has neither a JSON content type nor this header (a browser
    // cannot add it cross-site without a CORS preflight, which is refused); the audit's GETs carry
    // neither, so only its MAY checks on GET need it. POSTs go out exactly as the audit writes them.
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      if ((init.method ?? 'GET').toUpperCase() !== 'GET') return fetch(input, init);
      const headers = new Headers(init.headers);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const results = await auditServer({ url, fetchFn });
    expect(failures(results, ['error', 'warn', 'notice'])).toEqual([]);
  });

  const refusedBeforeExecution: Array<[string, Record<string, unknown>]> = [
    ['a document that does not parse', { query: '{ me { id ' }],
    ['a document that does not validate', { query: '{ me { idd } }' }],
    ['a document over the alias limit', { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }],
    ['a page size over the limit', { query: '{ members(first: 101) { totalCount } }' }],
    ['variables that do not coerce', { query: 'query ($n: Int) { members(first: $n) { totalCount } }', variables: { n: 'molti' } }],
    ['an unknown operationName', { query: 'query A { me { id } }', operationName: 'B' }],
  ];

  it.each(refusedBeforeExecution)('answers %s with 200 in application/json and 400 in application/graphql-response+json', async (_, body) => {
    for (const [accept, status, type] of [
      [undefined, 200, JSON_TYPE],
      [JSON_TYPE, 200, JSON_TYPE],
      ['*/*', 200, JSON_TYPE],
      [GRAPHQL_RESPONSE, 400, GRAPHQL_RESPONSE],
      [`${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`, 400, GRAPHQL_RESPONSE],
    ] as const) {
      const res = await post(body, accept);
      expect({ accept, status: res.status }).toEqual({ accept, status });
      expect(res.type).toContain(type);
      expect(res.json).not.toHaveProperty('data');
      expect(res.json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps 4xx for requests that are not well-formed, in either media type', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      expect((await post({ variables: {} }, accept)).status).toBe(400);
      const batch = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      });
      expect(batch.status).toBe(400);
      const mutationByGet = await fetch(`${url}?query=${encodeURIComponent('mutation { login(email: "a@b.it", password: "qualsiasi") { token } }')}`, { headers: { accept, 'apollo-require-preflight': 'true' } });
      expect(mutationByGet.status).toBe(405);
    }
  });
});
