import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AppConfig,
  BadUserInputError,
  Connection,
  CursorValue,
  decodeCursor,
  isUuid,
  lazy,
  namedCondition,
  pageOf,
  pageSize,
  readerOf,
  renderMarkdown,
  StaleVersionError,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { AdministrationService, MemberEntity } from '@app/members';
import { spdxLicence } from '../document/spdx.js';
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
import {
  countPractices,
  countPracticesUpTo,
  insertPracticeUnlessSlugTaken,
  KeyedPractice,
  PracticeKeyCast,
  practiceOrderCasts,
  practicePage,
  PracticeScope,
  takenSlugs,
  updatePracticeIfVersion,
} from './practice.queries.js';
import { visiblePracticeSql } from './practice.rules.js';
import { FEW_RESULTS, ModeQuery, modeQuery, TEXT_MODES, TextMode, TextSearchService } from './text-search.service.js';
import { nextFreeSlug, slugify } from './slug.js';

/** A page of the catalogue, with "forse cercavi" when a text query finds little. */
export interface PracticePage extends Connection<PracticeEntity> {
  suggestion: PromiseLike<string | null>;
}

/** A timestamp as cursors carry it (Date.toISOString). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A cursor names its order and text mode, then the order's key values; any other is BAD_USER_INPUT. */
function decodePracticeCursor(cursor: string, order: PracticeOrder): { mode: TextMode; values: CursorValue[] } {
  const casts = practiceOrderCasts(order);
  const [cursorOrder, mode, ...values] = decodeCursor(cursor, 2 + casts.length);
  const validValue = (v: unknown, cast: PracticeKeyCast) => {
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
  const valid = cursorOrder === order && TEXT_MODES.includes(mode as TextMode) && values.every((v, i) => validValue(v, casts[i]));
  if (!valid) throw BadUserInputError.field('after', 'Cursore non valido: usa pageInfo.endCursor di una pagina precedente con lo stesso ordinamento');
  return { mode: mode as TextMode, values };
}

/** Fields of a practice an update may change, as compared and recorded in `PracticeUpdate.changes`. */
const EDITABLE = [
  'title', 'summary', 'description', 'themes', 'year', 'replicability', 'results', 'costEuro', 'technologies', 'tags', 'status', 'repositoryUrl', 'licence',
] as const;
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
    const db = this.dataSource;
    const scope = (query: ModeQuery | null): PracticeScope => ({ viewer, filter, query });
    if (!plan) {
      const rows = await practicePage(db, scope(null), order, cursor?.values ?? null, first + 1);
      return this.toPage(rows, first, order, 'E', () => countPractices(db, scope(null)), null);
    }
    const run = (query: ModeQuery, limit: number) => practicePage(db, scope(query), order, cursor?.values ?? null, limit);
    let mode: TextMode;
    let rows: KeyedPractice[];
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
    const countUpTo = (tsquery: string, cap: number) => countPracticesUpTo(db, scope({ tsquery, exact: null, segments: null }), cap);
    const suggestion = lazy(async () => this.texts.suggestion(plan, relaxed, exactCount ?? (await countUpTo(plan.exact, FEW_RESULTS)), countUpTo));
    return this.toPage(rows, first, order, mode, () => countPractices(db, scope(query)), suggestion);
  }

  private toPage(
    rows: KeyedPractice[],
    first: number,
    order: PracticeOrder,
    mode: TextMode,
    count: () => Promise<number>,
    suggestion: PromiseLike<string | null> | null,
  ): PracticePage {
    const { nodes, pageInfo } = pageOf(rows, first, (last) => [order, mode, ...last.keys]);
    return { nodes: nodes.map((r) => r.entity), pageInfo, totalCount: lazy(count), suggestion: suggestion ?? Promise.resolve(null) };
  }

  /**
   * Members propose practices of their own administration, with themselves as the only contact;
   * moderators and admins may name any administration and any members. The creator is always a contact.
   */
  async create(viewer: ViewerContext, input: CreatePracticeInput): Promise<PracticeEntity> {
    viewer.assertCanWrite();
    const licence = spdxLicence(input.licence);
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
        repositoryUrl: optionalText(input.repositoryUrl),
        licence,
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
        repositoryUrl: input.repositoryUrl !== undefined ? optionalText(input.repositoryUrl) : practice.repositoryUrl,
        licence: input.licence !== undefined ? spdxLicence(input.licence) : practice.licence,
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

      if (!(await updatePracticeIfVersion(em, practice.id, input.version, patch))) throw new StaleVersionError('La buona pratica', input.version);

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
    const found = await em.getRepository(MemberEntity).find({ select: { id: true }, where: { id: In(ids) } });
    const known = new Set(found.map((m) => m.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      throw new BadUserInputError(missing.map((id) => ({ field: 'contactIds', message: `membro ${id} inesistente` })));
    }
  }


  /** Inserts with the first free slug among slugify(title), -2, -3...; one taken meanwhile by a concurrent insert is skipped. */
  private async insertWithFreeSlug(em: EntityManager, values: Partial<PracticeEntity>): Promise<PracticeEntity> {
    const base = slugify(values.title ?? '');
    const taken = await takenSlugs(em, base);
    for (;;) {
      const slug = nextFreeSlug(base, taken);
      const id = randomUUID();
      if (await insertPracticeUnlessSlugTaken(em, { ...values, id, slug })) return em.getRepository(PracticeEntity).findOneByOrFail({ id });
      taken.add(slug);
    }
  }
}
