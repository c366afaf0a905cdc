import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  BadUserInputError,
  Connection,
  FieldError,
  isUuid,
  namedCondition,
  paginate,
  readerOf,
  TransactionRunner,
  UnitOfWork,
  ViewerContext,
} from '@app/core';
import { AdministrationEntity, isConvergenceRegion } from '@app/members';
import { PracticeStatus, TwinningStatus } from '../enums.js';
import { PracticeNotFoundError } from '../practice/practice.errors.js';
import { visiblePracticeSql } from '../practice/practice.rules.js';
import { PracticeService } from '../practice/practice.service.js';
import { TwinningProposed, TwinningStatusChanged } from '../practices.events.js';
import type { ProposeTwinningInput } from './dto/propose-twinning.input.js';
import type { TwinningsArgs } from './dto/twinnings.args.js';
import { TwinningReceivingAdministrationEntity } from './twinning-receiving-administration.entity.js';
import { TwinningStatusChangeEntity } from './twinning-status-change.entity.js';
import { canTransition } from './twinning-transitions.js';
import { TwinningEntity } from './twinning.entity.js';
import { IllegalTwinningTransitionError, InvalidReceivingAdministrationError, TwinningNotFoundError } from './twinning.errors.js';

/**
 * Twinnings: a published practice transferred from its offering administration to receiving ones
 * in the Convergence regions; moderators move them forward through the programme's phases.
 * A twinning is visible to whoever may see its practice.
 */
@Injectable()
export class TwinningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly practices: PracticeService,
  ) {}

  async get(viewer: ViewerContext, id: string): Promise<TwinningEntity> {
    if (!isUuid(id)) throw new TwinningNotFoundError(id);
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const twinning = await this.dataSource
      .getRepository(TwinningEntity)
      .createQueryBuilder('t')
      .innerJoin('practice', 'p', 'p.id = t."practiceId"')
      .where('t.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!twinning) throw new TwinningNotFoundError(id);
    return twinning;
  }

  list(viewer: ViewerContext, args: TwinningsArgs): Promise<Connection<TwinningEntity>> {
    const filter = args.filter ?? {};
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const qb = this.dataSource
      .getRepository(TwinningEntity)
      .createQueryBuilder('t')
      .where(`EXISTS (SELECT 1 FROM practice p WHERE p.id = t."practiceId" AND ${visible.sql})`, visible.params);
    if (filter.practiceId) qb.andWhere('t.practiceId = :practiceId', { practiceId: filter.practiceId });
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.administrationId) {
      qb.andWhere(
        `(t.offeringAdministrationId = :adm OR EXISTS (SELECT 1 FROM twinning_receiving_administration r WHERE r."twinningId" = t.id AND r."administrationId" = :adm))`,
        { adm: filter.administrationId },
      );
    }
    return paginate(qb, args, [
      { expr: 't.createdAt', direction: 'DESC', cast: 'timestamptz', value: (t) => t.createdAt },
      { expr: 't.id', direction: 'DESC', cast: 'uuid', value: (t) => t.id },
    ]);
  }

  /** Any member may propose a twinning of a published practice to administrations of the Convergence regions. */
  async propose(viewer: ViewerContext, input: ProposeTwinningInput): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    if (!isUuid(input.practiceId)) throw new PracticeNotFoundError(input.practiceId);
    return this.tx.run((uow) => this.proposeIn(uow, viewer, input));
  }

  /** `propose` inside a larger unit of work (a call's award proposes its twinning in the same transaction). */
  async proposeIn(uow: UnitOfWork, viewer: ViewerContext & { memberId: string }, input: ProposeTwinningInput): Promise<TwinningEntity> {
    {
      const { em } = uow;
      const [practice] = await this.practices.findVisible(em, viewer, [input.practiceId]);
      if (!practice) throw new PracticeNotFoundError(input.practiceId);
      if (practice.status !== PracticeStatus.PUBLISHED) {
        throw BadUserInputError.field('practiceId', 'si possono proporre gemellaggi solo per buone pratiche pubblicate');
      }
      const receivingIds = [...new Set(input.receivingAdministrationIds)];
      await this.assertReceivable(em.getRepository(AdministrationEntity), practice.offeringAdministrationId, receivingIds);

      const twinning = await em.getRepository(TwinningEntity).save(
        em.getRepository(TwinningEntity).create({
          practiceId: practice.id,
          offeringAdministrationId: practice.offeringAdministrationId,
          proposedById: viewer.memberId,
          status: TwinningStatus.PROPOSED,
          objectives: input.objectives,
          budgetEuro: input.budgetEuro ?? null,
        }),
      );
      await em
        .getRepository(TwinningReceivingAdministrationEntity)
        .insert(receivingIds.map((administrationId, position) => ({ twinningId: twinning.id, administrationId, position })));
      await em.getRepository(TwinningStatusChangeEntity).insert({
        twinningId: twinning.id,
        from: null,
        to: TwinningStatus.PROPOSED,
        byId: viewer.memberId,
        note: null,
      });
      await uow.publish(new TwinningProposed(twinning.id, practice.id, viewer.memberId));
      return twinning;
    }
  }

  private async assertReceivable(
    repo: import('typeorm').Repository<AdministrationEntity>,
    offeringId: string,
    receivingIds: string[],
  ): Promise<void> {
    const found = await repo.findBy({ id: In(receivingIds) });
    const byId = new Map(found.map((a) => [a.id, a]));
    const errors: FieldError[] = [];
    const offending: string[] = [];
    for (const id of receivingIds) {
      const administration = byId.get(id);
      let message: string | null = null;
      if (!administration) message = `amministrazione ${id} inesistente`;
      else if (id === offeringId) message = `${administration.name} è l'amministrazione offerente della pratica e non può esserne anche ricevente`;
      else if (!isConvergenceRegion(administration.region)) {
        message = `${administration.name} non è in una regione dell'obiettivo Convergenza (Calabria, Campania, Puglia, Sicilia)`;
      }
      if (message) {
        errors.push({ field: 'receivingAdministrationIds', message });
        offending.push(id);
      }
    }
    if (errors.length) throw new InvalidReceivingAdministrationError(errors, offending);
  }

  /** Moderators and admins move a twinning forward, or cancel an open one; every change is recorded. */
  async setStatus(viewer: ViewerContext, id: string, status: TwinningStatus, note?: string | null): Promise<TwinningEntity> {
    viewer.assertModerator();
    if (!isUuid(id)) throw new TwinningNotFoundError(id);
    const cleanNote = note?.trim() || null;
    if (cleanNote && cleanNote.length > 2000) throw BadUserInputError.field('note', 'al massimo 2000 caratteri');
    return this.tx.run(async (uow) => {
      const repo = uow.em.getRepository(TwinningEntity);
      const twinning = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!twinning) throw new TwinningNotFoundError(id);
      const from = twinning.status;
      if (!canTransition(from, status)) throw new IllegalTwinningTransitionError(from, status);

      const now = new Date();
      twinning.status = status;
      if (status === TwinningStatus.ACTIVE) twinning.startDate = now;
      if (status === TwinningStatus.COMPLETED || status === TwinningStatus.CANCELLED) twinning.endDate = now;
      await repo.update(twinning.id, { status, startDate: twinning.startDate, endDate: twinning.endDate });
      await uow.em.getRepository(TwinningStatusChangeEntity).insert({ twinningId: twinning.id, from, to: status, byId: viewer.memberId, note: cleanNote, at: now });

      const receiving = await uow.em
        .getRepository(TwinningReceivingAdministrationEntity)
        .find({ where: { twinningId: twinning.id }, order: { position: 'ASC' } });
      await uow.publish(
        new TwinningStatusChanged(
          twinning.id,
          twinning.practiceId,
          viewer.memberId,
          from,
          status,
          twinning.offeringAdministrationId,
          receiving.map((r) => r.administrationId),
        ),
      );
      return repo.findOneByOrFail({ id: twinning.id });
    });
  }
}
