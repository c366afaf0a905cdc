import type { EntityManager } from 'typeorm';
import { Bind, decodeCursor, encodeCursor, PageArgs, PageInfo, pageSize, SortKey, SqlParams } from '@app/core';

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

export interface LateralPageSpec<T> {
  /** `thread t`: the table and the alias every expression uses. */
  from: string;
  /** The column holding the parent id, e.g. `t."categoryId"`. */
  parentColumn: string;
  /** Extra conditions, written with the same parameter collector. */
  where?: (p: Bind) => string[];
  /** The selected columns (camelCase column names are the entity's property names), parameters collected like `where`'s. */
  select: string | ((p: Bind) => string);
  keys: SortKey<T>[];
}

function toCursorValue(value: Date | string | number | boolean): string | number | boolean {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * One keyset page per parent in a single statement (a LATERAL subquery per parent id),
 * so a connection field under a list (Category.threads, Thread.posts) costs one query
 * per request instead of one per parent. Same cursors and ordering rules as `paginate`.
 */
export async function lateralPages<T>(
  em: EntityManager,
  parents: readonly string[],
  args: PageArgs,
  spec: LateralPageSpec<T>,
): Promise<Page<T>[]> {
  const first = pageSize(args.first);
  const params = new SqlParams();
  const parentIds = params.p([...new Set(parents)]);
  const select = typeof spec.select === 'string' ? spec.select : spec.select(params.p);
  const conditions = [`${spec.parentColumn} = parent.id`, ...(spec.where?.(params.p) ?? [])];
  if (args.after) {
    const values = decodeCursor(args.after, spec.keys.length);
    const placeholders = values.map((v) => params.p(v));
    const alternatives = spec.keys.map((key, i) => {
      const equalities = spec.keys.slice(0, i).map((k, j) => `${k.expr} = ${placeholders[j]}::${k.cast}`);
      const op = key.direction === 'ASC' ? '>' : '<';
      return [...equalities, `${key.expr} ${op} ${placeholders[i]}::${key.cast}`].join(' AND ');
    });
    conditions.push(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`);
  }
  const orderBy = spec.keys.map((k) => `${k.expr} ${k.direction}`).join(', ');
  const rows: Array<T & { __parent: string }> = await em.query(
    `SELECT page.* FROM unnest(${parentIds}::uuid[]) AS parent(id)
     CROSS JOIN LATERAL (
       SELECT ${select}, parent.id AS "__parent" FROM ${spec.from}
       WHERE ${conditions.join(' AND ')}
       ORDER BY ${orderBy}
       LIMIT ${first + 1}
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
  return parents.map((parent) => {
    const all = byParent.get(parent) ?? [];
    const hasNextPage = all.length > first;
    const nodes = hasNextPage ? all.slice(0, first) : all;
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor(spec.keys.map((k) => toCursorValue(k.value(last)))) : null },
    };
  });
}
