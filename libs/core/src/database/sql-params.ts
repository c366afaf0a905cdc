/**
 * Binds a value as a statement parameter and returns its placeholder. Condition builders
 * (`visibleThreadSql`, `visiblePracticeSql`, …) take one, so the same builder serves raw
 * statements (positional `$n`) and TypeORM query builders (named `:name`). Values are
 * always bound, never spliced into the SQL text.
 */
export type Bind = (value: unknown) => string;

/** What runs a raw statement: a DataSource or a transaction's EntityManager (the first argument of every named query). */
export interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** An SQL condition with its named parameters, for a TypeORM query builder's `where(sql, params)`. */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** Collects positional parameters while a raw statement is written: `p(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  p: Bind = (value) => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}

// Named parameters must not collide with others of the same query builder, written elsewhere.
let namedSequence = 0;

/** Collects named parameters for a TypeORM query builder: `p(value)` returns `:name`, unique in the process. */
export class NamedParams {
  readonly params: Record<string, unknown> = {};

  p: Bind = (value) => {
    const name = `__p${++namedSequence}`;
    this.params[name] = value;
    return `:${name}`;
  };
}

/** A condition written with a binder, as `{ sql, params }` for `qb.andWhere(sql, params)`. */
export function namedCondition(build: (p: Bind) => string): SqlCondition {
  const named = new NamedParams();
  return { sql: build(named.p), params: named.params };
}

/** `a AND b …`, leaving out TRUE and answering FALSE as soon as one is FALSE (conditions of the rule builders). */
export function sqlAnd(...conditions: string[]): string {
  if (conditions.includes('FALSE')) return 'FALSE';
  const kept = conditions.filter((c) => c !== 'TRUE');
  if (!kept.length) return 'TRUE';
  return kept.length === 1 ? kept[0] : `(${kept.join(' AND ')})`;
}

/** `a OR b …`, leaving out FALSE and answering TRUE as soon as one is TRUE. */
export function sqlOr(...conditions: string[]): string {
  if (conditions.includes('TRUE')) return 'TRUE';
  const kept = conditions.filter((c) => c !== 'FALSE');
  if (!kept.length) return 'FALSE';
  return kept.length === 1 ? kept[0] : `(${kept.join(' OR ')})`;
}
