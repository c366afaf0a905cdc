import { Bind, Queryable, SqlParams } from '../sql-params.js';
import type { PageArgs, PageInfo, SortKey } from './connection.js';
import { decodeCursor, pageSize } from './cursor.js';
import { keysetAfterSql, keysetOrderSql, pageOf } from './keyset.js';

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export interface LateralPageSpec<T> {
  /** `thread t`: the table and the alias every expression uses. */
  from: string;
  /** The column holding the parent id, e.g. `t."categoryId"`. */
  parentColumn: string;
  /** Extra conditions, their values bound through `p`. */
  where?: (p: Bind) => string[];
  /** The selected columns (camelCase column names are the entity's property names), values bound like `where`'s. */
  select: string | ((p: Bind) => string);
  keys: SortKey<T>[];
}

/**
 * One keyset page per parent in a single statement (a LATERAL subquery per parent id),
 * so a connection field under a list (Category.threads, Thread.posts) costs one query
 * per request instead of one per parent. Same cursors and ordering rules as `paginate`.
 */
export async function lateralPages<T>(db: Queryable, parents: readonly string[], args: PageArgs, spec: LateralPageSpec<T>): Promise<Page<T>[]> {
  const first = pageSize(args.first);
  const params = new SqlParams();
  const parentIds = params.p([...new Set(parents)]);
  const select = typeof spec.select === 'string' ? spec.select : spec.select(params.p);
  const conditions = [`${spec.parentColumn} = parent.id`, ...(spec.where?.(params.p) ?? [])];
  if (args.after) conditions.push(keysetAfterSql(spec.keys, decodeCursor(args.after, spec.keys.length), params.p));
  const rows = await db.query<Array<T & { __parent: string }>>(
    `SELECT page.* FROM unnest(${parentIds}::uuid[]) AS parent(id)
     CROSS JOIN LATERAL (
       SELECT ${select}, parent.id AS "__parent" FROM ${spec.from}
       WHERE ${conditions.join(' AND ')}
       ORDER BY ${keysetOrderSql(spec.keys)}
       LIMIT ${params.p(first + 1)}
     ) page`,
    params.values,
  );

  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    const { __parent, ...node } = row;
    const list = byParent.get(__parent) ?? [];
    list.push(node as unknown as T);
    byParent.set(__parent, list);
  }
  return parents.map((parent) => pageOf(byParent.get(parent) ?? [], first, (last) => spec.keys.map((k) => k.value(last))));
}
