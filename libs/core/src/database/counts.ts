import type DataLoader from 'dataloader';
import { PrimedLoader } from '../graphql/loaders.js';
import { isUuid } from './ids.js';
import { Bind, Queryable, SqlParams } from './sql-params.js';

/**
 * Counts per key in one grouped statement, in key order with 0 for missing keys (a DataLoader
 * batch). `build(keys, p)` writes `SELECT <key> AS key, count(*)::int AS n … WHERE <key> = ANY(<keys>)
 * … GROUP BY 1`, where `keys` is the bound array of keys (uuids, anything else left out; or texts)
 * and `p` binds any other value.
 */
export async function countPerKey(
  db: Queryable,
  keys: readonly string[],
  build: (keys: string, p: Bind) => string,
  keyType: 'uuid' | 'text' = 'uuid',
): Promise<number[]> {
  const valid = keyType === 'uuid' ? [...new Set(keys.filter(isUuid))] : [...new Set(keys)];
  if (!valid.length) return keys.map(() => 0);
  const params = new SqlParams();
  const sql = build(`${params.p(valid)}::${keyType}[]`, params.p);
  const rows = await db.query<Array<{ key: string; n: number }>>(sql, params.values);
  const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
  return keys.map((k) => counts.get(k) ?? 0);
}

/** A DataLoader of `countPerKey`: one grouped statement per batch of keys. */
export function countLoader(db: Queryable, build: (keys: string, p: Bind) => string, keyType: 'uuid' | 'text' = 'uuid'): DataLoader<string, number> {
  return new PrimedLoader<string, number>((keys) => countPerKey(db, keys, build, keyType));
}
