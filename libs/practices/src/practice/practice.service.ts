import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  AppConfig,
  BadUserInputError,
  Connection,
  decodeCursor,
  encodeCursor,
  isUuid,
  lazy,
  namedCondition,
  pageSize,
  readerOf,
  renderMarkdown,
  StaleVersionError,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { AdministrationService, CONVERGENCE_REGIONS, MemberEntity } from '@app/members';
import { PracticeOrder, PracticeStatus } from '../enums.js';
import { PracticeCreated, PracticeUpdated } from '../practices.events.js';
import { FieldChange, PracticeUpdateEntity } from '../practice-update/practice-update.entity.js';
import type { CreatePracticeInput } from './dto/create-practice.input.js';
import type { PracticesArgs } from './dto/practices.args.js';
import type { UpdatePracticeInput } from './dto/update-practice.input.js';
import { PracticeContactEntity } from './practice-contact.entity.js';
import { PracticeEntity } from './practice.entity.js';
import {
  PracticeContactsForbiddenError,
  PracticeEditForbiddenError,
  PracticeNotFoundError,
  PracticeOfferingForbiddenError,
} from './practice.errors.js';
import type { RelaxedQuery } from './practice-search.js';
import { visiblePracticeSql } from './practice.rules.js';
import { relevanceSql } from './text-search.queries.js';
import { FEW_RESULTS, ModeQuery, modeQuery, TEXT_MODES, TextMode, TextSearchService } from './text-search.service.js';
import { nextFreeSlug, slugify } from './slug.js';

/** A page of the catalogue, with "forse cercavi" when a text query finds little. */
export interface PracticePage extends Connection<PracticeEntity> {
  suggestion: PromiseLike<string | null>;
}

type CursorValue = string | number | boolean | null;
interface KeyedRow {
  entity: PracticeEntity;
  keys: CursorValue[];
}
interface OrderKey {
  expr: string;
  direction: 'ASC' | 'DESC';
  cast: 'float8' | 'timestamptz' | 'text' | 'uuid';
}

const RELEVANCE_SQL = relevanceSql(
  'p."searchVector"',
  'search_tsquery(:rankTsq)',
  'search_tsquery(:rankExact)',
  `(CASE WHEN :rankSegments::text[] IS NULL THEN NULL ELSE ARRAY(SELECT search_tsquery(s) FROM unnest(:rankSegments::text[]) AS s) END)`,
);

/** Each order's keys, the last one unique so that the order is total (quoted columns, which TypeORM does not take for entity selections). */
const ORDER_KEYS: Record<PracticeOrder, OrderKey[]> = {
  [PracticeOrder.RELEVANCE]: [
    { expr: RELEVANCE_SQL, direction: 'DESC', cast: 'float8' },
    { expr: 'p."id"', direction: 'ASC', cast: 'uuid' },
  ],
  [PracticeOrder.NEWEST]: [
    { expr: 'p."createdAt"', direction: 'DESC', cast: 'timestamptz' },
    { expr: 'p."id"', direction: 'DESC', cast: 'uuid' },
  ],
  [PracticeOrder.UPDATED]: [
    { expr: 'p."updatedAt"', direction: 'DESC', cast: 'timestamptz' },
    { expr: 'p."id"', direction: 'DESC', cast: 'uuid' },
  ],
  [PracticeOrder.TITLE]: [
    { expr: 'lower(immutable_unaccent(p.title))', direction: 'ASC', cast: 'text' },
    { expr: 'p."id"', direction: 'ASC', cast: 'uuid' },
  ],
};

/** A timestamp as cursors carry it (Date.toISOString). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function toCursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return String(value);
}

/** A cursor names its order and text mode, then the order's key values; any other is BAD_USER_INPUT. */
function decodePracticeCursor(cursor: string, order: PracticeOrder): { mode: TextMode; values: CursorValue[] } {
  const keys = ORDER_KEYS[order];
  const [cursorOrder, mode, ...values] = decodeCursor(cursor, 2 + keys.length);
  const validValue = (v: unknown, cast: OrderKey['cast']) => {
    switch (cast) {
      case 'float8':
        return typeof v === 'number' && Number.isFinite(v);
      case 'uuid':
        return isUuid(v);
      case 'timestamptz':
        return typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
      case 'text':
        return typeof v === 'string' && !v.includes('\u0000');
    }
  };
  const valid = cursorOrder === order && TEXT_MODES.includes(mode as TextMode) && values.every((v, i) => validValue(v, keys[i].cast));
  if (!valid) throw BadUserInputError.field('after', 'Cursore non valido: usa pageInfo.endCursor di una pagina precedente con lo stesso ordinamento');
  return { mode: mode as TextMode, values };
}

/** Fields of a practice an update may change, as compared and recorded in `PracticeUpdate.changes`. */
const EDITABLE = ['title', 'summary', 'description', 'themes', 'year', 'replicability', 'results', 'costEuro', 'technologies', 'tags', 'status'] as const;
type EditableField = (typeof EDITABLE)[number];

function cleanList(values: string[] | null | undefined, lowerCase: boolean): string[] {
  const seen = new Set<string>();
  for (const raw of values ?? []) {
    const value = lowerCase ? raw.trim().toLowerCase() : raw.trim();
    if (value) seen.add(value);
  }
  return [...seen];
}

function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The good-practice catalogue: visibility (by practice.rules.ts: drafts only to their contacts and moderators),
 * creation with a stable unique slug, compare-and-set updates with a changelog, and the filtered,
 * optionally full-text ranked list.
 */
@Injectable()
export class PracticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly administrations: AdministrationService,
    private readonly config: AppConfig,
    private readonly texts: TextSearchService,
  ) {}

  private render(markdown: string): string {
    return renderMarkdown(markdown, { allowedImageHosts: this.config.allowedImageHosts });
  }

  /** The practices among `ids` that the viewer may see (missing ones and drafts it may not see are left out). */
  async findVisible(em: EntityManager | null, viewer: ViewerContext, ids: readonly string[]): Promise<PracticeEntity[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (!valid.length) return [];
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    return (em ?? this.dataSource.manager)
      .getRepository(PracticeEntity)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids)', { ids: valid })
      .andWhere(visible.sql, visible.params)
      .getMany();
  }

  /** A practice by id or slug; NOT_FOUND when missing or a draft the viewer may not see. */
  async getVisible(viewer: ViewerContext, ref: { id?: string | null; slug?: string | null }): Promise<PracticeEntity> {
    if (!ref.id && !ref.slug) throw BadUserInputError.field('id', 'indica id o slug della buona pratica');
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const qb = this.dataSource.getRepository(PracticeEntity).createQueryBuilder('p').where(visible.sql, visible.params);
    if (ref.id) {
      if (!isUuid(ref.id)) throw new PracticeNotFoundError(ref.id);
      qb.andWhere('p.id = :id', { id: ref.id });
    }
    if (ref.slug) qb.andWhere('p.slug = :slug', { slug: ref.slug });
    const practice = await qb.getOne();
    if (!practice) throw new PracticeNotFoundError(ref.id ?? ref.slug ?? undefined);
    return practice;
  }

  async isContact(em: EntityManager | null, practiceId: string, memberId: string | null): Promise<boolean> {
    if (!memberId) return false;
    return (em ?? this.dataSource.manager).getRepository(PracticeContactEntity).existsBy({ practiceId, memberId });
  }

  /**
   * The catalogue: filters, then the order asked for (RELEVANCE without a text query is UPDATED).
   * A text query matches the Italian full text with PA synonyms (see TextSearchService); when
   * it finds little, near spellings of mistyped words and, ranked by relevance, partial
   * matches join in, and `suggestion` offers the corrected query.
   */
  async list(viewer: ViewerContext, args: PracticesArgs): Promise<PracticePage> {
    const first = pageSize(args.first);
    const filter = args.filter ?? {};
    const plan = await this.texts.plan(filter.query);
    const order = !args.orderBy || args.orderBy === PracticeOrder.RELEVANCE ? (plan ? PracticeOrder.RELEVANCE : PracticeOrder.UPDATED) : args.orderBy;
    const cursor = args.after ? decodePracticeCursor(args.after, order) : null;
    const filtered = () => this.filtered(viewer, filter);
    if (!plan) {
      const rows = await this.keysetRows(filtered(), order, null, cursor?.values ?? null, first + 1);
      return this.toPage(rows, first, order, 'E', () => filtered().getCount(), null);
    }
    const run = (query: ModeQuery, limit: number) => this.keysetRows(this.matching(filtered(), query), order, query, cursor?.values ?? null, limit);
    let mode: TextMode;
    let rows: KeyedRow[];
    let relaxed: RelaxedQuery | null;
    let exactCount: number | null = null;
    if (cursor) {
      mode = cursor.mode;
      ({ relaxed } = await this.texts.modeQuery(mode, plan));
      rows = await run(modeQuery(mode, plan, relaxed), first + 1);
    } else {
      ({ mode, rows, relaxed, exactCount } = await this.texts.firstPage(plan, first + 1, order === PracticeOrder.RELEVANCE, run));
      // A first page knows whether the exact query found little (else it found FEW_RESULTS or more).
      exactCount ??= FEW_RESULTS;
    }
    const query = modeQuery(mode, plan, relaxed);
    const countMatching = (tsquery: string, cap?: number) => {
      const qb = this.matching(filtered(), { tsquery, exact: null, segments: null });
      return cap ? qb.select('p.id').limit(cap).getRawMany().then((r) => r.length) : qb.getCount();
    };
    const suggestion = lazy(async () =>
      this.texts.suggestion(plan, relaxed, exactCount ?? (await countMatching(plan.exact, FEW_RESULTS)), (tsquery, cap) => countMatching(tsquery, cap)),
    );
    return this.toPage(rows, first, order, mode, () => this.matching(filtered(), query).getCount(), suggestion);
  }

  /** The practices the filter (status, themes, administration, region, Convergence) lets through, for the viewer. */
  private filtered(viewer: ViewerContext, filter: NonNullable<PracticesArgs['filter']>): SelectQueryBuilder<PracticeEntity> {
    const status = filter.status ?? PracticeStatus.PUBLISHED;
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const qb = this.dataSource
      .getRepository(PracticeEntity)
      .createQueryBuilder('p')
      .where('p.status = :status', { status })
      .andWhere(visible.sql, visible.params);
    if (filter.themes?.length) qb.andWhere('p.themes && :themes::text[]', { themes: [...new Set(filter.themes)] });
    if (filter.administrationId) qb.andWhere('p.offeringAdministrationId = :adm', { adm: filter.administrationId });
    if (filter.region) {
      qb.andWhere('p.offeringAdministrationId IN (SELECT a.id FROM administration a WHERE a.region = :region)', { region: filter.region });
    }
    if (filter.convergenceOnly) {
      qb.andWhere('p.offeringAdministrationId IN (SELECT a.id FROM administration a WHERE a.region IN (:...conv))', {
        conv: CONVERGENCE_REGIONS,
      });
    }
    return qb;
  }

  /** Only the practices the query's mode matches (Italian stems, synonyms, near spellings). */
  private matching(qb: SelectQueryBuilder<PracticeEntity>, query: ModeQuery): SelectQueryBuilder<PracticeEntity> {
    return qb.andWhere(`p."searchVector" @@ search_tsquery(:tsq)`, { tsq: query.tsquery });
  }

  /**
   * A keyset page in `order`: the order's key values are selected (k0, k1) so that the cursor
   * holds exactly what SQL compared; RELEVANCE ranks by the mode's relevance.
   */
  private async keysetRows(
    qb: SelectQueryBuilder<PracticeEntity>,
    order: PracticeOrder,
    query: ModeQuery | null,
    after: CursorValue[] | null,
    limit: number,
  ): Promise<KeyedRow[]> {
    const keys = ORDER_KEYS[order];
    if (query) qb.setParameters({ rankTsq: query.tsquery, rankExact: query.exact, rankSegments: query.segments });
    keys.forEach((key, i) => qb.addSelect(key.expr, `k${i}`));
    if (after) {
      const alternatives = keys.map((key, i) => {
        const equal = keys.slice(0, i).map((k, j) => `${k.expr} = :after${j}::${k.cast}`);
        return [...equal, `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} :after${i}::${key.cast}`].join(' AND ');
      });
      qb.andWhere(`(${alternatives.map((a) => `(${a})`).join(' OR ')})`);
      after.forEach((value, i) => qb.setParameter(`after${i}`, value));
    }
    keys.forEach((key, i) => (i === 0 ? qb.orderBy(`k${i}`, key.direction) : qb.addOrderBy(`k${i}`, key.direction)));
    const { entities, raw } = await qb.limit(limit).getRawAndEntities<Record<string, unknown>>();
    const byId = new Map(raw.map((r) => [r.p_id as string, r]));
    return entities.map((entity) => {
      const r = byId.get(entity.id)!;
      return { entity, keys: keys.map((_, i) => toCursorValue(r[`k${i}`])) };
    });
  }

  private toPage(
    rows: KeyedRow[],
    first: number,
    order: PracticeOrder,
    mode: TextMode,
    count: () => Promise<number>,
    suggestion: PromiseLike<string | null> | null,
  ): PracticePage {
    const hasNextPage = rows.length > first;
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      nodes: page.map((r) => r.entity),
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor([order, mode, ...last.keys]) : null },
      totalCount: lazy(count),
      suggestion: suggestion ?? Promise.resolve(null),
    };
  }

  /**
   * Members propose practices of their own administration, with themselves as the only contact;
   * moderators and admins may name any administration and any members. The creator is always a contact.
   */
  async create(viewer: ViewerContext, input: CreatePracticeInput): Promise<PracticeEntity> {
    viewer.assertCanWrite();
    await this.administrations.assertExists(input.offeringAdministrationId, 'offeringAdministrationId');
    const contactIds = [...new Set([viewer.memberId, ...(input.contactIds ?? [])])];
    if (!viewer.canModerate) {
      const member = await this.dataSource.getRepository(MemberEntity).findOne({ select: { id: true, administrationId: true }, where: { id: viewer.memberId } });
      if (member?.administrationId !== input.offeringAdministrationId) throw new PracticeOfferingForbiddenError(!!member?.administrationId);
      if (contactIds.length > 1) throw new PracticeContactsForbiddenError(false);
    }
    return this.tx.run(async (uow) => {
      await this.assertMembersExist(uow.em, contactIds);
      const status = input.status ?? PracticeStatus.PUBLISHED;
      const themes = [...new Set(input.themes)];
      const practice = await this.insertWithFreeSlug(uow.em, {
        title: input.title,
        summary: input.summary,
        description: input.description,
        descriptionHtml: this.render(input.description),
        themes,
        offeringAdministrationId: input.offeringAdministrationId,
        year: input.year ?? null,
        replicability: optionalText(input.replicability),
        results: optionalText(input.results),
        costEuro: input.costEuro ?? null,
        technologies: cleanList(input.technologies, false),
        tags: cleanList(input.tags, true),
        status,
        createdById: viewer.memberId,
      });
      await this.replaceContacts(uow.em, practice.id, contactIds);
      await uow.publish(new PracticeCreated(practice.id, viewer.memberId, themes, status));
      return practice;
    });
  }

  /**
   * Edits a practice if the viewer is one of its contacts, a moderator or an admin and `version` is
   * still current (compare-and-set), appending a PracticeUpdate with the changed fields.
   */
  async update(viewer: ViewerContext, input: UpdatePracticeInput): Promise<PracticeEntity> {
    viewer.assertCanWrite();
    if (!isUuid(input.id)) throw new PracticeNotFoundError(input.id);
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const [practice] = await this.findVisible(em, viewer, [input.id]);
      if (!practice) throw new PracticeNotFoundError(input.id);
      if (!viewer.canModerate && !(await this.isContact(em, practice.id, viewer.memberId))) throw new PracticeEditForbiddenError();
      if (practice.version !== input.version) throw new StaleVersionError('La buona pratica', input.version);

      const next: Pick<PracticeEntity, EditableField> = {
        title: input.title ?? practice.title,
        summary: input.summary ?? practice.summary,
        description: input.description ?? practice.description,
        themes: input.themes ? [...new Set(input.themes)] : practice.themes,
        year: input.year !== undefined ? input.year : practice.year,
        replicability: input.replicability !== undefined ? optionalText(input.replicability) : practice.replicability,
        results: input.results !== undefined ? optionalText(input.results) : practice.results,
        costEuro: input.costEuro !== undefined ? input.costEuro : practice.costEuro,
        technologies: input.technologies ? cleanList(input.technologies, false) : practice.technologies,
        tags: input.tags ? cleanList(input.tags, true) : practice.tags,
        status: input.status ?? practice.status,
      };
      const changes: Record<string, FieldChange> = {};
      const patch: Partial<PracticeEntity> = {};
      for (const field of EDITABLE) {
        if (!sameValue(practice[field], next[field])) {
          changes[field] = { before: practice[field], after: next[field] };
          Object.assign(patch, { [field]: next[field] });
        }
      }
      if (patch.description !== undefined) patch.descriptionHtml = this.render(patch.description);

      let contactIds: string[] | null = null;
      if (input.contactIds) {
        const before = await this.contactIdsOf(em, practice.id);
        const after = [...new Set(input.contactIds)];
        // Members may keep, reorder or drop contacts, and name themselves; adding others is for moderators.
        if (!viewer.canModerate && after.some((id) => !before.includes(id) && !viewer.is(id))) {
          throw new PracticeContactsForbiddenError(true);
        }
        if (!sameValue(before, after)) {
          await this.assertMembersExist(em, after);
          changes.contactIds = { before, after };
          contactIds = after;
        }
      }

      const result = await em
        .createQueryBuilder()
        .update(PracticeEntity)
        .set({ ...patch, version: () => '"version" + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: practice.id, version: input.version })
        .execute();
      if (!result.affected) throw new StaleVersionError('La buona pratica', input.version);

      if (contactIds) await this.replaceContacts(em, practice.id, contactIds);
      await em.getRepository(PracticeUpdateEntity).insert({
        practiceId: practice.id,
        authorId: viewer.memberId,
        changeSummary: input.changeSummary,
        changes: changes as never,
        version: input.version + 1,
      });
      await uow.publish(new PracticeUpdated(practice.id, viewer.memberId, input.changeSummary, practice.status, next.status));
      return em.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id });
    });
  }

  private async contactIdsOf(em: EntityManager, practiceId: string): Promise<string[]> {
    const rows = await em.getRepository(PracticeContactEntity).find({ where: { practiceId }, order: { position: 'ASC', createdAt: 'ASC' } });
    return rows.map((r) => r.memberId);
  }

  private async replaceContacts(em: EntityManager, practiceId: string, memberIds: string[]): Promise<void> {
    const repo = em.getRepository(PracticeContactEntity);
    await repo.delete({ practiceId });
    if (memberIds.length) await repo.insert(memberIds.map((memberId, position) => ({ practiceId, memberId, position })));
  }

  private async assertMembersExist(em: EntityManager, ids: string[]): Promise<void> {
    const found = await em.getRepository(MemberEntity).createQueryBuilder('m').select('m.id', 'id').where('m.id IN (:...ids)', { ids }).getRawMany<{ id: string }>();
    const known = new Set(found.map((r) => r.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      throw new BadUserInputError(missing.map((id) => ({ field: 'contactIds', message: `membro ${id} inesistente` })));
    }
  }

  /**
   * Inserts with the first free slug among slugify(title), -2, -3...; a concurrent insert of the same
   * slug makes ON CONFLICT skip the row (without aborting the transaction) and the next one is tried.
   */
  private async insertWithFreeSlug(em: EntityManager, values: Partial<PracticeEntity>): Promise<PracticeEntity> {
    const base = slugify(values.title ?? '');
    const rows: Array<{ slug: string }> = await em.query(`SELECT "slug" FROM practice WHERE "slug" = $1 OR "slug" LIKE $2`, [base, `${base}-%`]);
    const taken = new Set(rows.map((r) => r.slug));
    for (;;) {
      const slug = nextFreeSlug(base, taken);
      const id = randomUUID();
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(PracticeEntity)
        .values({ ...values, id, slug })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length) return em.getRepository(PracticeEntity).findOneByOrFail({ id });
      taken.add(slug);
    }
  }
}
