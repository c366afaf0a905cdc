import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execute, GraphQLObjectType, GraphQLSchema, GraphQLString, Kind, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { TokenService } from '@app/core';
import { PasswordHasher } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';
import * as clientDocuments from '../../apps/web/src/gql/graphql.js';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';
import { CompiledExecutor } from '../../apps/api/src/graphql/compiled-executor.js';

/** Every query the web client sends, by operation name (mutations write: they cannot run twice on the same data). */
const clientQueries = Object.values(clientDocuments)
  .filter((value): value is DocumentNode => (value as DocumentNode)?.kind === Kind.DOCUMENT)
  .map((document) => ({ document, operation: document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) }))
  .filter(({ operation }) => operation?.operation === 'query')
  .map(({ document, operation }) => ({ name: operation!.name!.value, query: print(document) }));

/** The digest starts a week before the moment it is asked for: the two answers' moments are compared apart, then left out. */
function sameMoment(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined, key: string): void {
  if (!a || !b) return;
  expect(Math.abs(Date.parse(String(a[key])) - Date.parse(String(b[key])))).toBeLessThan(60_000);
  delete a[key];
  delete b[key];
}

describe('the compiled executor', () => {
  let compiled: TestApp;
  let reference: TestApp;
  const actors: Record<string, { token: string } | null> = { anonymous: null };
  let variables: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    compiled = await startTestApp();
    // A second instance on the same database that runs every operation through graphql-js.
    reference = await startTestApp({ database: compiled.database, env: { GRAPHQL_EXECUTOR: 'graphql-js' } });
    await seedDemoCommunity(compiled.dataSource, compiled.app.get(PasswordHasher), () => undefined);

    const q = async (sql: string, params: unknown[] = []): Promise<string> => ((await compiled.dataSource.query(sql, params)) as Array<{ v: string }>)[0].v;
    const tokens = compiled.app.get(TokenService);
    for (const role of ['MEMBER', 'MODERATOR', 'ADMIN']) {
      const [member] = (await compiled.dataSource.query(
        `SELECT m.id, m."tokenVersion" FROM member m WHERE m.role = $1 AND m.status = 'ACTIVE'
          ORDER BY (SELECT count(*) FROM post p WHERE p."authorId" = m.id) DESC, m.id LIMIT 1`,
        [role],
      )) as Array<{ id: string; tokenVersion: number }>;
      actors[role.toLowerCase()] = { token: tokens.sign(member.id, member.tokenVersion) };
    }
    const thread = await q(`SELECT "threadId" AS v FROM post GROUP BY "threadId" ORDER BY count(*) DESC, "threadId" LIMIT 1`);
    const practiceWithCalls = await q(`SELECT "practiceId" AS v FROM twinning_call ORDER BY "createdAt", id LIMIT 1`);
    const member = await q(`SELECT "authorId" AS v FROM post GROUP BY "authorId" ORDER BY count(*) DESC, "authorId" LIMIT 1`);
    const id = {
      post: await q(`SELECT id AS v FROM post WHERE cardinality("mentionedIds") > 0 AND "replyToId" IS NOT NULL ORDER BY id LIMIT 1`),
      thread,
      member,
      call: await q(`SELECT id AS v FROM twinning_call ORDER BY "createdAt", id LIMIT 1`),
      need: await q(`SELECT id AS v FROM need ORDER BY "createdAt", id LIMIT 1`),
      administration: await q(`SELECT "administrationId" AS v FROM member WHERE id = $1`, [member]),
      practice: practiceWithCalls,
      twinning: await q(`SELECT id AS v FROM twinning ORDER BY "createdAt", id LIMIT 1`),
    };
    variables = {
      MentionCandidates: { query: 'ma' },
      ModeratorCandidates: { query: 'ma' },
      ModerationLogPost: { id: id.post },
      ModerationLogThread: { id: id.thread },
      ModerationLogMember: { id: id.member },
      PostById: { id: id.post },
      PracticeCalls: { practiceId: id.practice },
      CallPage: { id: id.call },
      Category: { slug: await q(`SELECT c.slug AS v FROM category c JOIN thread t ON t."categoryId" = c.id GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1`) },
      MemberPage: { id: id.member },
      MemberThreads: { authorId: id.member },
      NeedPage: { id: id.need },
      AdministrationName: { id: id.administration },
      PracticeTitle: { id: id.practice },
      PracticePage: { slug: await q(`SELECT slug AS v FROM practice WHERE id = $1`, [id.practice]) },
      PracticeRelaxations: { query: true, theme: true, region: true, convergence: true, withoutQuery: {}, withoutTheme: {}, withoutRegion: {}, withoutConvergence: {} },
      Search: { query: 'digitale' },
      SearchAllKinds: { query: 'sportello' },
      ThreadPage: { id: id.thread },
      TwinningPage: { id: id.twinning },
    };
  });
  afterAll(async () => {
    await reference?.close();
    await compiled?.close();
  });

  it('knows the queries of the web client', () => {
    expect(clientQueries.length).toBeGreaterThanOrEqual(40);
    for (const name of Object.keys(variables)) expect(clientQueries.map((c) => c.name)).toContain(name);
  });

  it.each(['anonymous', 'member', 'moderator', 'admin'])('answers every query of the web client as graphql-js does, for the %s viewer', async (actor) => {
    let answered = 0;
    for (const { name, query } of clientQueries) {
      const vars = variables[name] ?? {};
      const fromCompiled = await compiled.gql(actors[actor], query, vars);
      const fromReference = await reference.gql(actors[actor], query, vars);
      sameMoment(fromCompiled.data?.digest, fromReference.data?.digest, 'since');
      expect({ name, ...fromCompiled }).toEqual({ name, ...fromReference });
      if (fromCompiled.data && !fromCompiled.errors) answered++;
    }
    // The comparison ran on real answers: the administrator sees every page with data.
    if (actor === 'admin') expect(answered).toBe(clientQueries.length);
    else expect(answered).toBeGreaterThan(clientQueries.length / 3);
  });

  it('answers a field error and a variable that does not coerce as graphql-js does', async () => {
    const missing = `query ($id: ID!) { thread(id: $id) { id title } }`;
    for (const [query, vars] of [
      [missing, { id: '00000000-0000-4000-8000-000000000000' }],
      [missing, { id: 42.5 }],
      [missing, {}],
      [`query ($first: Int) { threads(first: $first) { totalCount } }`, { first: 'venti' }],
      [`{ me { id } notifications { totalCount } }`, {}],
    ] as const) {
      const fromCompiled = await compiled.gql(null, query, vars);
      const fromReference = await reference.gql(null, query, vars);
      expect(fromCompiled).toEqual(fromReference);
      expect(fromCompiled.errors?.length).toBeGreaterThan(0);
    }
  });
});

describe('when the compiled executor compiles an operation', () => {
  // graphql-js calls a plain field's property when it is a function; a compiled operation reads it
  // as it is (the schema's plain fields hold values, never functions): the answer tells which ran.
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        probe: {
          type: new GraphQLObjectType({ name: 'Probe', fields: { ran: { type: GraphQLString } } }),
          resolve: () => ({ ran: () => 'graphql-js' }),
        },
        // An error that is not a GraphQLError, as a failed statement throws.
        broken: { type: GraphQLString, resolve: () => Promise.reject(Object.assign(new Error('invalid input syntax for type uuid: ""'), { code: '22P02' })) },
      },
    }),
  });
  const run = async (executor: CompiledExecutor, document: DocumentNode) => {
    executor.useSchema(schema);
    const { executor: execute } = await executor.load();
    const result = await execute!({ document, request: {}, context: {} } as unknown as GatewayGraphQLRequestContext);
    // A compiled operation answers null or an error for the function.
    return (result.data as { probe: { ran: string | null } } | null)?.probe.ran === 'graphql-js' ? 'graphql-js' : 'compiled';
  };

  it('runs an operation through graphql-js until it has run GRAPHQL_COMPILE_AFTER times, then compiled', async () => {
    const executor = new CompiledExecutor(2);
    const document = parse('{ probe { ran } }');
    expect([await run(executor, document), await run(executor, document), await run(executor, document), await run(executor, document)]).toEqual([
      'graphql-js',
      'graphql-js',
      'compiled',
      'compiled',
    ]);
    // Another document (another query text) starts again.
    expect(await run(executor, parse('{ probe { ran } }'))).toBe('graphql-js');
  });

  it("answers a resolver's error that is not a GraphQLError as graphql-js does, with its original error and extensions", async () => {
    const document = parse('{ broken }');
    const executor = new CompiledExecutor(0);
    executor.useSchema(schema);
    const { executor: run } = await executor.load();
    const compiled = await run!({ document, request: {}, context: {} } as unknown as GatewayGraphQLRequestContext);
    const reference = await execute({ schema, document });
    expect(JSON.stringify(compiled.errors)).toBe(JSON.stringify(reference.errors));
    expect(compiled.errors?.[0].extensions).toEqual({});
    expect((compiled.errors?.[0].originalError as { code?: string } | undefined)?.code).toBe('22P02');
  });

  it('compiles at the first request with GRAPHQL_COMPILE_AFTER=0', async () => {
    expect(await run(new CompiledExecutor(0), parse('{ probe { ran } }'))).toBe('compiled');
  });
});
