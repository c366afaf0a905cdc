import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** `alias."column", ...` for every mapped column of an entity (raw statements select only what the entity maps). */
export function selectColumns<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, alias: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((c) => `${alias}."${c.databaseName}"`)
    .join(', ');
}
