import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const selects = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, string>>>();

/** `alias."column", ...` for every mapped column of an entity (raw statements select only what the entity maps); built once per entity and alias. */
export function selectColumns<E extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<E>, alias: string): string {
  let byEntity = selects.get(dataSource);
  if (!byEntity) selects.set(dataSource, (byEntity = new Map()));
  let byAlias = byEntity.get(entity);
  if (!byAlias) byEntity.set(entity, (byAlias = new Map()));
  let sql = byAlias.get(alias);
  if (sql === undefined) {
    sql = dataSource
      .getMetadata(entity)
      .columns.map((c) => `${alias}."${c.databaseName}"`)
      .join(', ');
    byAlias.set(alias, sql);
  }
  return sql;
}
