import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, TestApp } from '@app/testing';

const here = join(process.cwd(), 'test/contract');
const CONTRACT = join(here, 'schema.graphql');
const PENDING = join(here, 'pending.txt');
const SERVED_FILE = join(process.cwd(), 'apps/api/schema.gql');

/** Contract items not served yet, one findBreakingChanges description a line; the list may only shrink. */
function pendingItems(): string[] {
  return readFileSync(PENDING, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('the served GraphQL schema', () => {
  let t: TestApp;
  let served: GraphQLSchema;
  beforeAll(async () => {
    t = await startTestApp();
    served = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => t.close());

  it('makes no breaking change to the contract except the listed pending items', () => {
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    const breaking = findBreakingChanges(contract, served).map((c) => c.description);
    const pending = pendingItems();
    expect(breaking.filter((d) => !pending.includes(d))).toEqual([]);
    // A pending item that is now served must leave the list.
    expect(pending.filter((p) => !breaking.includes(p))).toEqual([]);
  });

  it('matches the committed printed schema (apps/api/schema.gql)', () => {
    const printed = printSchema(lexicographicSortSchema(served)).trim();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SERVED_FILE, `${printed}\n`);
    // The file is also written by `npm start` in development, with Nest's header comment.
    const committed = readFileSync(SERVED_FILE, 'utf8').replace(/^(#.*\n)+\n?/, '').trim();
    // Regenerate with `npm run schema:update` after changing the API.
    expect(printed).toBe(committed);
  });
});
