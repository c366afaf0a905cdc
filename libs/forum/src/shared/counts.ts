import type { DataSource } from 'typeorm';
import { isUuid } from '@app/core';

/**
 * Runs a grouped count over uuid keys (`... WHERE key = ANY($1::uuid[]) GROUP BY key`,
 * selecting `key` and `n`) and returns the counts in key order, 0 for missing keys.
 */
export async function groupedCounts(dataSource: DataSource, keys: readonly string[], sql: string): Promise<number[]> {
  const valid = keys.filter(isUuid);
  const rows: Array<{ key: string; n: number }> = valid.length ? await dataSource.query(sql, [valid]) : [];
  const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
  return keys.map((k) => counts.get(k) ?? 0);
}
