import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Queryable } from './sql-params.js';

/** What node-postgres runs a named statement on: the pool or a transaction's client. */
interface PgRunner {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();
/** Distinct statement texts remembered (the hot statements are a few dozen); past it the map starts again. */
const MAX_NAMES = 1000;

/** The statement's name: the same for the same text, so each connection prepares it once. */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `s_${createHash('sha1').update(sql).digest('base64url')}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs statements as named prepared statements: PostgreSQL plans each text once per connection
 * instead of at every call (for the small statements of the hot pages, planning cost more than
 * running them). For fixed statement texts whose plan does not depend on the values (lookups by
 * id, a thread's page of posts): every value still bound, never spliced. `db` is the DataSource
 * (a pooled connection per call) or a transaction's EntityManager (its connection). Each statement
 * is logged like TypeORM's own, and failures are TypeORM's QueryFailedError.
 */
export function prepared(db: DataSource | EntityManager): Queryable {
  const dataSource = db instanceof DataSource ? db : db.connection;
  const queryRunner = db instanceof DataSource ? undefined : db.queryRunner;
  return {
    async query<T>(sql: string, parameters: unknown[] = []): Promise<T> {
      const runner: PgRunner = queryRunner && !queryRunner.isReleased ? await queryRunner.connect() : (dataSource.driver as unknown as { master: PgRunner }).master;
      dataSource.logger.logQuery(sql, parameters, queryRunner);
      try {
        return (await runner.query({ name: statementName(sql), text: sql, values: parameters })).rows as T;
      } catch (err) {
        throw new QueryFailedError(sql, parameters, err as Error);
      }
    },
  };
}
