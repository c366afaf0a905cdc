import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

interface JsonShape {
  /** The selectable columns as `'prop', alias."column"` pairs, by alias and key column. */
  objects: Map<string, string>;
  /** Properties holding timestamps, turned back into Dates. */
  timestamps: string[];
  columns: Array<{ propertyName: string; databaseName: string }>;
}

const shapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, JsonShape>>();

function isTimestamp(type: unknown): boolean {
  return type === Date || (typeof type === 'string' && type.startsWith('timestamp'));
}

function shapeOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): JsonShape {
  let byEntity = shapes.get(dataSource);
  if (!byEntity) shapes.set(dataSource, (byEntity = new Map()));
  let shape = byEntity.get(entity);
  if (!shape) {
    const selectable = dataSource.getMetadata(entity).columns.filter((c) => c.isSelect);
    shape = {
      objects: new Map(),
      timestamps: selectable.filter((c) => isTimestamp(c.type)).map((c) => c.propertyName),
      columns: selectable.map((c) => ({ propertyName: c.propertyName, databaseName: c.databaseName })),
    };
    byEntity.set(entity, shape);
  }
  return shape;
}

/**
 * `json_build_object('prop', alias."column", ...)` over the entity's selectable columns, so that a
 * joined row travels in the same statement as its parent (the loaders of the hot pages are primed
 * with it instead of running their own query). `NULL` when the joined row is missing (its `keyColumn` null).
 */
export function jsonColumns<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, alias: string, keyColumn = 'id'): string {
  const shape = shapeOf(dataSource, entity);
  const key = `${alias}\u0000${keyColumn}`;
  let sql = shape.objects.get(key);
  if (sql === undefined) {
    const pairs = shape.columns.map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`);
    sql = `CASE WHEN ${alias}."${keyColumn}" IS NULL THEN NULL ELSE json_build_object(${pairs.join(', ')}) END`;
    shape.objects.set(key, sql);
  }
  return sql;
}

/** The plain entity object of a `jsonColumns` value (timestamps back to Date), or null. */
export function fromJson<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, json: Record<string, unknown> | null): E | null {
  if (!json) return null;
  for (const property of shapeOf(dataSource, entity).timestamps) {
    const value = json[property];
    if (typeof value === 'string') json[property] = new Date(value);
  }
  return json as E;
}
