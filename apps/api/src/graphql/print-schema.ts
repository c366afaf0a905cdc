import { join } from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

/** The committed printed schema, so reviewers see every API change in the diff. */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

/** The served schema as committed: sorted, printed, one trailing newline. */
export function printServedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
