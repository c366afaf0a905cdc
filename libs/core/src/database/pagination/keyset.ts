import type { Bind } from '../sql-params.js';
import type { PageInfo } from './connection.js';
import { CursorValue, encodeCursor, toCursorValue } from './cursor.js';

/** One key of a keyset order, as SQL compares it: `cast` is the type the cursor value is compared as. */
export interface KeysetKey {
  expr: string;
  direction: 'ASC' | 'DESC';
  cast: string;
}

/**
 * The rows after the cursor's row in the order of `keys` (the last key unique, so the order is
 * total): an OR-expansion, so that mixed directions work. `values` are the cursor's key values,
 * bound through `p`. The one keyset condition of every paginated list.
 */
export function keysetAfterSql(keys: readonly KeysetKey[], values: readonly unknown[], p: Bind): string {
  const placeholders = values.map((value, i) => `${p(value)}::${keys[i].cast}`);
  const alternatives = keys.map((key, i) => {
    const equalities = keys.slice(0, i).map((k, j) => `${k.expr} = ${placeholders[j]}`);
    return [...equalities, `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} ${placeholders[i]}`].join(' AND ');
  });
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

/** `ORDER BY` of a keyset order (without the keywords). */
export function keysetOrderSql(keys: readonly KeysetKey[]): string {
  return keys.map((k) => `${k.expr} ${k.direction}`).join(', ');
}

/**
 * A page out of the `first + 1` rows a keyset query fetched: the first `first` rows, whether there
 * are more, and the cursor of the last row (`cursorOf` gives its values, Dates as ISO instants).
 */
export function pageOf<R>(rows: R[], first: number, cursorOf: (last: R) => unknown[]): { nodes: R[]; pageInfo: PageInfo } {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last).map(toCursorValue)) : null } };
}
