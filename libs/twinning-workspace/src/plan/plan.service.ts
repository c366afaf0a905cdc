import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, conflictFromUniqueViolation, isUuid, NotFoundError, TransactionRunner, UnitOfWork, ViewerContext } from '@app/core';
import { CategoryEntity, ThreadService } from '@app/forum';
import { AdministrationEntity, isConvergenceRegion, MemberEntity } from '@app/members';
import { PracticeEntity, TwinningEntity, TwinningReceivingAdministrationEntity, TwinningService } from '@app/practices';
import { TwinningRole } from '../workspace.enums.js';
import { MilestoneCompleted } from '../workspace.events.js';
import { WorkspaceAccess } from '../workspace-access.js';
import { BudgetLineEntity, MilestoneEntity, ParticipantRow, PARTICIPANTS_SQL, TwinningParticipantEntity, TwinningThreadEntity } from './plan.entity.js';

/** The category of the twinnings' working threads (created by the migration). */
export const TWINNINGS_CATEGORY_SLUG = 'gemellaggi';

/**
 * The plan of a twinning: its participants and their roles, milestones, budget lines and its
 * working thread. Members of the participant administrations and moderators plan; the practice's
 * contacts and moderators decide who takes part.
 */
@Injectable()
export class TwinningPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly twinnings: TwinningService,
    private readonly threads: ThreadService,
    private readonly access: WorkspaceAccess,
  ) {}

  async participants(em: EntityManager, twinningIds: readonly string[]): Promise<ParticipantRow[]> {
    return em.query(PARTICIPANTS_SQL, [twinningIds]);
  }

  /** Opens the twinning's working thread in the "gemellaggi" category, by whoever proposed it (inside the proposal's transaction). */
  async openThread(uow: UnitOfWork, twinningId: string, authorId: string): Promise<void> {
    const { em } = uow;
    const category = await em.getRepository(CategoryEntity).findOneBy({ slug: TWINNINGS_CATEGORY_SLUG });
    const twinning = await em.getRepository(TwinningEntity).findOneByOrFail({ id: twinningId });
    const practice = await em.getRepository(PracticeEntity).findOneByOrFail({ id: twinning.practiceId });
    if (!category) return;
    const thread = await this.threads.openIn(uow, {
      categoryId: category.id,
      authorId,
      title: `Gemellaggio: ${practice.title}`.slice(0, 200),
      body: `Discussione di lavoro del gemellaggio sulla buona pratica **${practice.title}**.\n\nObiettivi: ${twinning.objectives}`,
      tags: ['gemellaggio'],
    });
    await em.getRepository(TwinningThreadEntity).insert({ twinningId, threadId: thread.id });
  }

  /**
   * Sets an administration's role (one role per administration) and its contact, a member of it.
   * RECEIVING needs a Convergence administration other than the offering one; the practice's
   * offering administration stays OFFERING.
   */
  async setParticipant(viewer: ViewerContext, twinningId: string, administrationId: string, role: TwinningRole, contactId?: string | null): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    const twinning = await this.twinnings.get(viewer, twinningId);
    return this.tx.run(async ({ em }) => {
      await this.access.assertPracticeManager(em, viewer, twinning.practiceId, 'Solo i referenti della buona pratica e i moderatori possono cambiare i partecipanti');
      if (!isUuid(administrationId)) throw new NotFoundError('Amministrazione', administrationId);
      const administration = await em.getRepository(AdministrationEntity).findOneBy({ id: administrationId });
      if (!administration) throw new NotFoundError('Amministrazione', administrationId);
      if (administration.id === twinning.offeringAdministrationId && role !== TwinningRole.OFFERING) {
        throw BadUserInputError.field('role', `${administration.name} è l'amministrazione offerente della buona pratica e resta offerente`);
      }
      if (role === TwinningRole.RECEIVING && !isConvergenceRegion(administration.region)) {
        throw BadUserInputError.field('administrationId', `${administration.name} non è in una regione dell'obiettivo Convergenza (Calabria, Campania, Puglia, Sicilia)`);
      }
      if (contactId) {
        const contact = isUuid(contactId) ? await em.getRepository(MemberEntity).findOneBy({ id: contactId }) : null;
        if (!contact) throw new NotFoundError('Membro', contactId);
        if (contact.administrationId !== administration.id) {
          throw BadUserInputError.field('contactId', `il referente deve essere un membro di ${administration.name}`);
        }
      }
      await em.query(
        `INSERT INTO twinning_participant ("twinningId", "administrationId", "role", "contactId") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("twinningId", "administrationId") DO UPDATE SET "role" = EXCLUDED."role", "contactId" = EXCLUDED."contactId"`,
        [twinning.id, administration.id, role, contactId ?? null],
      );
      const receiving = em.getRepository(TwinningReceivingAdministrationEntity);
      if (role === TwinningRole.RECEIVING) {
        await em.query(
          `INSERT INTO twinning_receiving_administration ("twinningId", "administrationId", "position")
           SELECT $1, $2, coalesce(max("position"), -1) + 1 FROM twinning_receiving_administration WHERE "twinningId" = $1
           ON CONFLICT DO NOTHING`,
          [twinning.id, administration.id],
        );
      } else {
        await receiving.delete({ twinningId: twinning.id, administrationId: administration.id });
      }
      return twinning;
    });
  }

  /** Removes an administration from the twinning; never the offering one. */
  async removeParticipant(viewer: ViewerContext, twinningId: string, administrationId: string): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    const twinning = await this.twinnings.get(viewer, twinningId);
    return this.tx.run(async ({ em }) => {
      await this.access.assertPracticeManager(em, viewer, twinning.practiceId, 'Solo i referenti della buona pratica e i moderatori possono cambiare i partecipanti');
      if (administrationId === twinning.offeringAdministrationId) {
        throw BadUserInputError.field('administrationId', "l'amministrazione offerente non si può togliere dal gemellaggio");
      }
      const present = (await this.participants(em, [twinning.id])).some((p) => p.administrationId === administrationId);
      if (!present) throw new NotFoundError('Partecipante', administrationId);
      await em.getRepository(TwinningParticipantEntity).delete({ twinningId: twinning.id, administrationId });
      await em.getRepository(TwinningReceivingAdministrationEntity).delete({ twinningId: twinning.id, administrationId });
      return twinning;
    });
  }

  async addMilestone(viewer: ViewerContext, twinningId: string, title: string, dueDate?: Date | null): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    const clean = title.trim();
    if (!clean || clean.length > 200) throw BadUserInputError.field('title', 'il titolo va da 1 a 200 caratteri');
    const twinning = await this.twinnings.get(viewer, twinningId);
    return this.tx.run(async ({ em }) => {
      await this.access.assertPlanner(em, viewer, twinning.id);
      await em.getRepository(MilestoneEntity).insert({ twinningId: twinning.id, title: clean, dueDate: dueDate ?? null, doneAt: null });
      return twinning;
    });
  }

  /** Marks a milestone done (now) or not done; completing one notifies the twinning's followers and participants. */
  async completeMilestone(viewer: ViewerContext, milestoneId: string, done: boolean): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    if (!isUuid(milestoneId)) throw new NotFoundError('Tappa', milestoneId);
    const milestone = await this.dataSource.getRepository(MilestoneEntity).findOneBy({ id: milestoneId });
    if (!milestone) throw new NotFoundError('Tappa', milestoneId);
    const twinning = await this.twinnings.get(viewer, milestone.twinningId);
    return this.tx.run(async (uow) => {
      await this.access.assertPlanner(uow.em, viewer, twinning.id);
      const wasDone = !!milestone.doneAt;
      await uow.em.getRepository(MilestoneEntity).update(milestone.id, { doneAt: done ? (milestone.doneAt ?? new Date()) : null });
      if (done && !wasDone) await uow.publish(new MilestoneCompleted(milestone.id, twinning.id, viewer.memberId));
      return twinning;
    });
  }

  /** Upserts a budget line by label; planned totals may not exceed the twinning's budgetEuro. */
  async setBudgetLine(viewer: ViewerContext, twinningId: string, label: string, plannedEuro: number, spentEuro: number): Promise<TwinningEntity> {
    viewer.assertCanWrite();
    const clean = label.trim();
    const fields = [];
    if (!clean || clean.length > 200) fields.push({ field: 'label', message: 'la voce va da 1 a 200 caratteri' });
    if (!Number.isInteger(plannedEuro) || plannedEuro < 0) fields.push({ field: 'plannedEuro', message: 'un importo intero non negativo' });
    if (!Number.isInteger(spentEuro) || spentEuro < 0) fields.push({ field: 'spentEuro', message: 'un importo intero non negativo' });
    if (fields.length) throw new BadUserInputError(fields);
    const twinning = await this.twinnings.get(viewer, twinningId);
    try {
      return await this.tx.run(async ({ em }) => {
        await this.access.assertPlanner(em, viewer, twinning.id);
        // The twinning row is locked so two lines set at once are checked against each other's totals.
        const locked = await em.getRepository(TwinningEntity).findOneOrFail({ where: { id: twinning.id }, lock: { mode: 'pessimistic_write' } });
        const lines = await em.getRepository(BudgetLineEntity).findBy({ twinningId: twinning.id });
        const others = lines.filter((l) => l.label !== clean);
        const planned = others.reduce((s, l) => s + l.plannedEuro, 0) + plannedEuro;
        const spent = others.reduce((s, l) => s + l.spentEuro, 0) + spentEuro;
        if (locked.budgetEuro !== null) {
          const errors = [];
          if (planned > locked.budgetEuro) {
            errors.push({ field: 'plannedEuro', message: `il totale previsto (${planned} €) supera il budget del gemellaggio (${locked.budgetEuro} €)` });
          }
          if (spent > locked.budgetEuro) {
            errors.push({ field: 'spentEuro', message: `il totale speso (${spent} €) supera il budget del gemellaggio (${locked.budgetEuro} €)` });
          }
          if (errors.length) throw new BadUserInputError(errors);
        }
        await em.query(
          `INSERT INTO budget_line ("twinningId", "label", "plannedEuro", "spentEuro") VALUES ($1, $2, $3, $4)
           ON CONFLICT ("twinningId", "label") DO UPDATE SET "plannedEuro" = EXCLUDED."plannedEuro", "spentEuro" = EXCLUDED."spentEuro"`,
          [twinning.id, clean, plannedEuro, spentEuro],
        );
        return locked;
      });
    } catch (err) {
      throw conflictFromUniqueViolation(err) ?? err;
    }
  }
}

