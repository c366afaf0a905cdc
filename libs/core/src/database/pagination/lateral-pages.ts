import { Bind, Queryable, SqlParams } from '../sql-params.js';
import type { PageArgs, PageInfo, SortKey } from './connection.js';
import { decodeCursor, pageSize } from './cursor.js';
import { keysetAfterSql, keysetOrderSql, pageOf } from './keyset.js';

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export interface LateralPageSpec<T> {
  /** `thread t`: the table and the alias every expression uses (values of joins bound through `p`). */
  from: string | ((p: Bind) => string);
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
  const statement = lateralPagesSql(parents, args, spec);
  const rows = await db.query<Array<T & { __parent: string }>>(statement.sql, statement.values);
  return pagesOfRows<T>(rows, parents, statement.first, spec.keys);
}

/** The statement of `lateralPages` (its text, its values, the page size). */
export function lateralPagesSql<T>(
  parents: readonly string[],
  args: PageArgs,
  spec: LateralPageSpec<T>,
): { sql: string; values: unknown[]; first: number } {
  const first = pageSize(args.first);
  const params = new SqlParams();
  const distinct = [...new Set(parents)];
  const select = typeof spec.select === 'string' ? spec.select : spec.select(params.p);
  // One parent (a thread's page): a plain keyset query, which PostgreSQL plans better than a LATERAL over unnest.
  const parent = distinct.length === 1 ? `${params.p(distinct[0])}::uuid` : 'parent.id';
  const conditions = [`${spec.parentColumn} = ${parent}`, ...(spec.where?.(params.p) ?? [])];
  if (args.after) conditions.push(keysetAfterSql(spec.keys, decodeCursor(args.after, spec.keys.length), params.p));
  const from = typeof spec.from === 'string' ? spec.from : spec.from(params.p);
  const pageSql = `SELECT ${select}, ${parent} AS "__parent" FROM ${from}
       WHERE ${conditions.join(' AND ')}
       ORDER BY ${keysetOrderSql(spec.keys)}
       LIMIT ${params.p(first + 1)}`;
  const sql =
    distinct.length === 1
      ? pageSql
      : `SELECT page.* FROM unnest(${params.p(distinct)}::uuid[]) AS parent(id) CROSS JOIN LATERAL (${pageSql}) page`;
  return { sql, values: params.values, first };
}

/** The pages of each parent, in the order of `parents`, out of the rows of `lateralPagesSql`'s statement. */
export function pagesOfRows<T>(rows: Array<T & { __parent: string }>, parents: readonly string[], first: number, keys: SortKey<T>[]): Page<T>[] {
  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    const { __parent, ...node } = row;
    const list = byParent.get(__parent) ?? [];
    list.push(node as unknown as T);
    byParent.set(__parent, list);
  }
  // Rows come in the order of each page, as the scan of each parent's page keeps its order.
  return parents.map((p) => pageOf(byParent.get(p) ?? [], first, (last) => keys.map((k) => k.value(last))));
}
