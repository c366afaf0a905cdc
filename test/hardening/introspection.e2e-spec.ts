import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { startTestApp, TestApp } from '@app/testing';

/** What Apollo Sandbox, GraphiQL and codegen send, with every option graphql-js offers. */
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

describe('introspection in development', () => {
  let t: TestApp;
  let member: { token: string };
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'development' } });
    member = await t.seed.member();
  });
  afterAll(() => t.close());

  async function refused(query: string) {
    let res: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await t.queries.count(async () => {
      res = await t.gql(member, query);
    });
    return { res: res!, statements };
  }

  it('answers the full introspection query of graphql-js, outside the cost budget', async () => {
    const res = await t.gql<IntrospectionQuery>(member, FULL_INTROSPECTION);
    expect(res.errors).toBeUndefined();
    const schema = buildClientSchema(res.data!);
    expect(schema.getQueryType()?.name).toBe('Query');
    expect(schema.getType('Member')).toBeDefined();
  });

  it('serves the Apollo Sandbox page at GET /graphql', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('refuses an introspection nested deeper than the standard query, before execution', async () => {
    const chain = `{ __type(name: "Member") { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } }`;
    for (const query of [chain, getIntrospectionQuery({ typeDepth: 20 })]) {
      const { res, statements } = await refused(query);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
      expect(res.errors?.[0].message).toMatch(/^L'introspezione è troppo annidata: profondità \d+, massimo \d+$/);
      expect(statements).toBe(0);
    }
  });

  it("refuses an introspection that nests the schema's lists into each other, also through a fragment", async () => {
    const multiplied = '__schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } }';
    for (const query of [`{ ${multiplied} }`, `query { ...Q } fragment Q on Query { ${multiplied} }`]) {
      const { res, statements } = await refused(query);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
      expect(res.errors?.[0].message).toContain('liste');
      expect(statements).toBe(0);
    }
  });

  it('still costs the regular fields of an operation that also introspects', async () => {
    const { res, statements } = await refused(`{ __schema { queryType { name } }
      a: members(first: 100) { nodes { administration { members { administration { members { id } } } } } }
      b: administrations(first: 100) { nodes { members { administration { members { id } } } } }
      c: members(first: 100) { nodes { administration { members { administration { members { id } } } } } } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(statements).toBe(0);
  });
});

describe('introspection in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('refuses the introspection query and __type with BAD_USER_INPUT and an Italian message', async () => {
    for (const query of [FULL_INTROSPECTION, '{ __type(name: "Member") { name } }']) {
      const res = await t.gql(null, query);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]).toMatchObject({
        message: "L'introspezione dello schema non è disponibile in produzione",
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect((await t.gql(null, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('serves no Sandbox page', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
  });
});
