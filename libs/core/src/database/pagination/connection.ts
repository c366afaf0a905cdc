import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { namedCondition } from '../sql-params.js';
import { decodeCursor, pageSize } from './cursor.js';
import { KeysetKey, keysetAfterSql, pageOf } from './keyset.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * A page of a connection. `totalCount` is a lazy thenable: its query runs only when
 * GraphQL awaits the field, i.e. when the client selected it.
 */
export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: PromiseLike<number>;
}

/** A PromiseLike that starts `run` on the first `then` and remembers the result. */
export function lazy<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= run();
      return started.then(onFulfilled, onRejected);
    },
  };
}

type KeyValue = Date | string | number | boolean;

/**
 * One key of a keyset order. The last key must be unique (the id) so the order is
 * total and stable; `cast` is the SQL type the cursor value is compared as.
 */
export interface SortKey<T> extends KeysetKey {
  cast: 'timestamptz' | 'uuid' | 'int' | 'bigint' | 'text' | 'boolean' | 'float8';
  value: (row: T) => KeyValue;
}

/**
 * Keyset pagination of a query builder: applies ORDER BY, the "after" condition and LIMIT
 * first+1, and builds the connection. Timestamps used as keys are stored with millisecond
 * precision (timestamptz(3)) so they survive the round trip through a JavaScript Date.
 */
export async function paginate<T extends ObjectLiteral, N = T>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  keys: SortKey<T>[],
  map: (row: T) => N = (row) => row as unknown as N,
): Promise<Connection<N>> {
  const first = pageSize(args.first);
  const countQb = qb.clone();
  const page = qb.clone();

  if (args.after) {
    const after = namedCondition((p) => keysetAfterSql(keys, decodeCursor(args.after!, keys.length), p));
    page.andWhere(after.sql, after.params);
  }
  keys.forEach((key, i) => {
    if (i === 0) page.orderBy(key.expr, key.direction);
    else page.addOrderBy(key.expr, key.direction);
  });
  page.take(undefined).skip(undefined).limit(first + 1);

  const { nodes, pageInfo } = pageOf(await page.getMany(), first, (last) => keys.map((k) => k.value(last)));
  return { nodes: nodes.map(map), pageInfo, totalCount: lazy(() => countQb.orderBy().getCount()) };
}

/** A connection over an already computed list (small, bounded lists). */
export function connectionOf<N>(nodes: N[], total: number): Connection<N> {
  return {
    nodes,
    pageInfo: { hasNextPage: false, endCursor: null },
    totalCount: Promise.resolve(total),
  };
}
