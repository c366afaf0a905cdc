import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, GraphQLSchema } from 'graphql';
import { printServedSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/print-schema.js';
import { startTestApp, TestApp } from '@app/testing';

const here = join(process.cwd(), 'test/contract');
const CONTRACT = join(here, 'schema.graphql');
const PENDING = join(here, 'pending.txt');

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
    const printed = printServedSchema(served);
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    // `npm start` in development and `npm run schema:update` rewrite it after an API change.
    expect(printed).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
