import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Bind, CursorValue, KeysetKey, keysetAfterSql, NamedParams, namedCondition, readerOf, toCursorValue, ViewerContext } from '@app/core';
import { CONVERGENCE_REGIONS } from '@app/members';
import { PracticeOrder, PracticeStatus } from '../enums.js';
import type { PracticeFilter } from './dto/practices.args.js';
import { PracticeEntity } from './practice.entity.js';
import { visiblePracticeSql } from './practice.rules.js';
import { relevanceSql } from './text-search.queries.js';
import type { ModeQuery } from './text-search.service.js';

type Db = DataSource | EntityManager;

/** The cast of each order key, which a cursor's values are checked against. */
export type PracticeKeyCast = 'float8' | 'timestamptz' | 'text' | 'uuid';

interface PracticeKey extends KeysetKey {
  cast: PracticeKeyCast;
}

/**
 * Each order's keys, the last one unique so that the order is total (quoted columns, which
 * TypeORM does not take for entity selections). RELEVANCE ranks by `relevance`, the mode's.
 */
function orderKeys(order: PracticeOrder, relevance: string): PracticeKey[] {
  switch (order) {
    case PracticeOrder.RELEVANCE:
      return [
        { expr: relevance, direction: 'DESC', cast: 'float8' },
        { expr: 'p."id"', direction: 'ASC', cast: 'uuid' },
      ];
    case PracticeOrder.NEWEST:
      return [
        { expr: 'p."createdAt"', direction: 'DESC', cast: 'timestamptz' },
        { expr: 'p."id"', direction: 'DESC', cast: 'uuid' },
      ];
    case PracticeOrder.UPDATED:
      return [
        { expr: 'p."updatedAt"', direction: 'DESC', cast: 'timestamptz' },
        { expr: 'p."id"', direction: 'DESC', cast: 'uuid' },
      ];
    case PracticeOrder.TITLE:
      return [
        { expr: 'lower(immutable_unaccent(p.title))', direction: 'ASC', cast: 'text' },
        { expr: 'p."id"', direction: 'ASC', cast: 'uuid' },
      ];
  }
}

/** The casts of an order's keys (cursor validation). */
export function practiceOrderCasts(order: PracticeOrder): PracticeKeyCast[] {
  return orderKeys(order, '').map((k) => k.cast);
}

/** What the catalogue lists: the viewer, its filter and, with a text query, the mode's tsqueries. */
export interface PracticeScope {
  viewer: ViewerContext;
  filter: PracticeFilter;
  query: ModeQuery | null;
}

/** A practice of a page with the values of its order's keys, which its cursor holds. */
export interface KeyedPractice {
  entity: PracticeEntity;
  keys: CursorValue[];
}

/**
 * The practices the scope lets through: the status asked for (PUBLISHED by default), themes,
 * administration, region, Convergence, the viewer's visibility, and the text query's matches
 * (Italian stems, synonyms, near spellings).
 */
function scoped(db: Db, scope: PracticeScope): SelectQueryBuilder<PracticeEntity> {
  const { filter } = scope;
  const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(scope.viewer, p)));
  const qb = db
    .getRepository(PracticeEntity)
    .createQueryBuilder('p')
    .where('p.status = :status', { status: filter.status ?? PracticeStatus.PUBLISHED })
    .andWhere(visible.sql, visible.params);
  if (filter.themes?.length) qb.andWhere('p.themes && :themes::text[]', { themes: [...new Set(filter.themes)] });
  if (filter.administrationId) qb.andWhere('p.offeringAdministrationId = :adm', { adm: filter.administrationId });
  if (filter.region) {
    qb.andWhere('p.offeringAdministrationId IN (SELECT a.id FROM administration a WHERE a.region = :region)', { region: filter.region });
  }
  if (filter.convergenceOnly) {
    qb.andWhere('p.offeringAdministrationId IN (SELECT a.id FROM administration a WHERE a.region IN (:...conv))', { conv: CONVERGENCE_REGIONS });
  }
  if (scope.query) qb.andWhere(`p."searchVector" @@ search_tsquery(:tsq)`, { tsq: scope.query.tsquery });
  return qb;
}

/** The relevance of `p` in the mode of `query` (see relevanceSql), its tsqueries bound through `p`. */
function relevance(query: ModeQuery | null, p: Bind): string {
  if (!query) return 'NULL::float8';
  const segments = `${p(query.segments)}::text[]`;
  return relevanceSql(
    'p."searchVector"',
    `search_tsquery(${p(query.tsquery)})`,
    `search_tsquery(${p(query.exact)}::text)`,
    `(CASE WHEN ${segments} IS NULL THEN NULL ELSE ARRAY(SELECT search_tsquery(s) FROM unnest(${segments}) AS s) END)`,
  );
}

/**
 * A keyset page of the catalogue in `order`, `limit` rows after the cursor's `after` values: the
 * order's key values are selected (k0, k1) so that the cursor holds exactly what SQL compared.
 */
export async function practicePage(
  db: Db,
  scope: PracticeScope,
  order: PracticeOrder,
  after: readonly CursorValue[] | null,
  limit: number,
): Promise<KeyedPractice[]> {
  const qb = scoped(db, scope);
  const params = new NamedParams();
  const keys = orderKeys(order, relevance(scope.query, params.p));
  keys.forEach((key, i) => qb.addSelect(key.expr, `k${i}`));
  if (after) qb.andWhere(keysetAfterSql(keys, after, params.p));
  qb.setParameters(params.params);
  keys.forEach((key, i) => (i === 0 ? qb.orderBy(`k${i}`, key.direction) : qb.addOrderBy(`k${i}`, key.direction)));
  const { entities, raw } = await qb.limit(limit).getRawAndEntities<Record<string, unknown>>();
  const byId = new Map(raw.map((r) => [r.p_id as string, r]));
  return entities.map((entity) => {
    const row = byId.get(entity.id)!;
    return { entity, keys: keys.map((_, i) => toCursorValue(row[`k${i}`])) };
  });
}

/** How many practices the scope lets through (the catalogue's totalCount). */
export function countPractices(db: Db, scope: PracticeScope): Promise<number> {
  return scoped(db, scope).getCount();
}

/** The same count, stopping at `cap` (enough to compare a query with a corrected one). */
export async function countPracticesUpTo(db: Db, scope: PracticeScope, cap: number): Promise<number> {
  return (await scoped(db, scope).select('p.id').limit(cap).getRawMany()).length;
}

/** The slugs taken among `base` and `base-…`. */
export async function takenSlugs(em: EntityManager, base: string): Promise<Set<string>> {
  const rows: Array<{ slug: string }> = await em.query(`SELECT "slug" FROM practice WHERE "slug" = $1 OR "slug" LIKE $2`, [base, `${base}-%`]);
  return new Set(rows.map((r) => r.slug));
}

/**
 * Inserts the practice unless its slug is taken: a concurrent insert of the same slug makes
 * ON CONFLICT skip the row without aborting the transaction. True when it was inserted.
 */
export async function insertPracticeUnlessSlugTaken(em: EntityManager, values: Partial<PracticeEntity> & { id: string; slug: string }): Promise<boolean> {
  const inserted = await em.createQueryBuilder().insert().into(PracticeEntity).values(values).orIgnore().returning(['id']).execute();
  return inserted.raw.length > 0;
}

/** Compare-and-set: applies `patch` and bumps the version only if it still is `version`. True when it did. */
export async function updatePracticeIfVersion(em: EntityManager, id: string, version: number, patch: Partial<PracticeEntity>): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(PracticeEntity)
    .set({ ...patch, version: () => '"version" + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return !!result.affected;
}
