import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { rng } from '../../apps/api/src/seed/demo-ids.js';

const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20110922);
const CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL']);
/** Traces of internals that must never reach a client. */
const LEAKS = [/\bat [\w$.<>]+ \(.*:\d+:\d+\)/, /QueryFailedError/, /syntax error at or near/, /relation "[a-z_]+"/, /\bSELECT\b.+\bFROM\b/, /INSERT INTO/, /node_modules/, /\.ts:\d+/];

describe('fuzzing every operation of the served schema', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let actors: Array<SeededMember | null>;
  const ids: string[] = [];
  const random = rng(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000000/60', RATE_LIMIT_LOGIN: '1000000/60', RATE_LIMIT_SEARCH: '1000000/60' } });
    schema = t.app.get(GraphQLSchemaHost).schema;
    const member = await t.seed.member();
    const moderator = await t.seed.moderator();
    const admin = await t.seed.admin();
    actors = [null, member, moderator, admin];
    const thread = await t.seed.thread({ authorId: member.id });
    const practice = await t.seed.practice({ contactIds: [member.id] });
    const administration = await t.seed.administration();
    ids.push(member.id, moderator.id, thread.id, thread.openingPostId, practice.id, administration.id, thread.categoryId);
  });
  afterAll(() => t?.close());

  const hostileStrings = (): string => pick([
    '',
    ' ',
    'x'.repeat(pick([300, 5000, 60000])),
    '🙂'.repeat(500),
    '\u0000\u0001\u202e\u200b',
    "'; DROP TABLE member; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '../../etc/passwd',
    '%s%n%x',
    '{{7*7}}',
    'Comune di Napoli',
    'attività produttive',
    '@m.esposito ciao',
    'a@b.it',
    'generale',
    'PUBLISHED',
    '123',
    '-1',
    'NaN',
  ]);

  function scalarValue(name: string): unknown {
    switch (name) {
      case 'ID':
        return pick([...ids, ...ids, '00000000-0000-4000-8000-000000000000', 'abc', '', "1' OR '1'='1", 'x'.repeat(5000), '-1', '😀']);
      case 'String':
        return hostileStrings();
      case 'Int':
        return pick([0, 1, 20, 100, 101, -1, -2147483648, 2147483647, 2147483648, 9007199254740991, 1e20, 3.5, 'dieci']);
      case 'Float':
        return pick([0, -1, 1.5, 1e308, -1e308, 'uno']);
      case 'Boolean':
        return pick([true, false, 'true', 0]);
      case 'DateTime':
        return pick(['2011-09-22T10:00:00.000Z', '1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'ieri', '2011-13-45', 0]);
      default:
        return hostileStrings();
    }
  }

  function valueFor(type: GraphQLInputType, depth = 0): unknown {
    if (random() < 0.05) return null;
    if (isNonNullType(type)) return valueFor(type.ofType, depth);
    if (isListType(type)) {
      const length = pick([0, 1, 2, 3, 3, 200]);
      return Array.from({ length }, () => valueFor(type.ofType, depth + 1));
    }
    if (isEnumType(type)) return random() < 0.9 ? pick(type.getValues()).value : 'VALORE_INESISTENTE';
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (!isNonNullType(field.type) && random() < 0.4) continue;
        if (depth < 3) result[field.name] = valueFor(field.type, depth + 1);
      }
      if (random() < 0.03) result.campoSconosciuto = 1;
      return result;
    }
    if (isScalarType(type)) return scalarValue(type.name);
    return null;
  }

  function selection(type: GraphQLOutputType, depth = 0): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named)) return `{ __typename ${named.getTypes().map((m) => `... on ${m.name} { ${scalarFields(m)} }`).join(' ')} }`;
    if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
    const fields = Object.values((named as GraphQLObjectType).getFields());
    const parts = [scalarFields(named as GraphQLObjectType) || '__typename'];
    if (depth < 2) {
      for (const field of fields) {
        const inner = getNamedType(field.type);
        if (isScalarType(inner) || isEnumType(inner)) continue;
        if (field.args.some((a) => isNonNullType(a.type)) || random() < 0.5) continue;
        parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
      }
    }
    return `{ ${parts.join(' ')} }`;
  }

  function scalarFields(type: GraphQLObjectType): string {
    return Object.values(type.getFields())
      .filter((f) => {
        const inner = getNamedType(f.type);
        return (isScalarType(inner) || isEnumType(inner)) && !f.args.some((a) => isNonNullType(a.type));
      })
      .map((f) => f.name)
      .join(' ');
  }

  function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
    const variables: Record<string, unknown> = {};
    const declared: string[] = [];
    const passed: string[] = [];
    field.args.forEach((arg: GraphQLArgument, i) => {
      if (!isNonNullType(arg.type) && random() < 0.3) return;
      declared.push(`$v${i}: ${String(arg.type)}`);
      passed.push(`${arg.name}: $v${i}`);
      variables[`v${i}`] = valueFor(arg.type);
    });
    const head = declared.length ? `${kind} (${declared.join(', ')})` : kind;
    const args = passed.length ? `(${passed.join(', ')})` : '';
    return { query: `${head} { ${field.name}${args} ${selection(field.type)} }`, variables };
  }

  it(`answers ${OPERATIONS} generated operations with no 5xx, no leaked internals, a contract code on every error, and bounded memory`, async () => {
    const roots: Array<['query' | 'mutation', GraphQLField<unknown, unknown>]> = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as ['query', GraphQLField<unknown, unknown>]),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as ['mutation', GraphQLField<unknown, unknown>]),
    ];
    const failures: string[] = [];
    const gc = (globalThis as { gc?: () => void }).gc;
    let baseline = 0;
    for (let i = 0; i < OPERATIONS; i++) {
      if (i === Math.min(500, Math.floor(OPERATIONS / 5))) {
        gc?.();
        baseline = process.memoryUsage().heapUsed;
      }
      const [kind, field] = pick(roots);
      const op = operation(kind, field);
      const actor = pick(actors);
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(actor ? { authorization: `Bearer ${actor.token}` } : {}) },
        body: JSON.stringify(op),
      });
      const text = await res.text();
      const problem =
        res.status >= 500
          ? `HTTP ${res.status}`
          : LEAKS.find((p) => p.test(text))
            ? `leak ${LEAKS.find((p) => p.test(text))}`
            : (() => {
                const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
                const bad = (body.errors ?? []).find((e) => !CODES.has(e.extensions?.code ?? ''));
                return bad ? `error without a contract code: ${JSON.stringify(bad).slice(0, 300)}` : null;
              })();
      if (problem && failures.length < 20) failures.push(`${problem} — ${field.name}: ${JSON.stringify(op).slice(0, 400)} → ${text.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    if (gc) {
      gc();
      const growth = (process.memoryUsage().heapUsed - baseline) / baseline;
      process.stdout.write(`fuzz: ${OPERATIONS} operations (seed ${SEED}), heap ${(baseline / 2 ** 20).toFixed(1)} MiB -> ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB (${(growth * 100).toFixed(1)} %)\n`);
      expect(growth).toBeLessThan(0.1);
    }
  }, 30 * 60_000);
});
