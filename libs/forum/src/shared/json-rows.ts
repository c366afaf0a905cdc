import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

function selectable(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>) {
  return dataSource.getMetadata(entity).columns.filter((c) => c.isSelect);
}

function isTimestamp(type: unknown): boolean {
  return type === Date || (typeof type === 'string' && type.startsWith('timestamp'));
}

/**
 * `json_build_object('prop', alias."column", ...)` over the entity's selectable columns, so that a
 * joined row travels in the same statement as its parent (the loaders of the hot pages are primed
 * with it instead of running their own query). `NULL` when the joined row is missing.
 */
export function jsonColumns<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, alias: string): string {
  const pairs = selectable(dataSource, entity).map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`);
  return `CASE WHEN ${alias}."id" IS NULL THEN NULL ELSE json_build_object(${pairs.join(', ')}) END`;
}

/** The plain entity object of a `jsonColumns` value (timestamps back to Date), or null. */
export function fromJson<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, json: Record<string, unknown> | null): E | null {
  if (!json) return null;
  for (const column of selectable(dataSource, entity)) {
    const value = json[column.propertyName];
    if (isTimestamp(column.type) && typeof value === 'string') json[column.propertyName] = new Date(value);
  }
  return json as E;
}
