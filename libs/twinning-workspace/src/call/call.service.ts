import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  conflictFromUniqueViolation,
  Connection,
  ForbiddenError,
  isUuid,
  namedCondition,
  NotFoundError,
  paginate,
  readerOf,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { AdministrationEntity, isConvergenceRegion } from '@app/members';
import { PracticeEntity, PracticeNotFoundError, PracticeService, PracticeStatus, TwinningService, visiblePracticeSql } from '@app/practices';
import { CallStatus } from '../workspace.enums.js';
import { TwinningCallAwarded, TwinningCallOpened } from '../workspace.events.js';
import { WorkspaceAccess } from '../workspace-access.js';
import { CriterionScoreEntity, SelectionCriterionEntity, TwinningApplicationEntity, TwinningCallEntity } from './call.entity.js';
import { TwinningApplicationNotFoundError, TwinningCallNotFoundError } from './call.errors.js';
import { callStatusOf } from './call.model.js';
import type { ApplyToCallInput, OpenTwinningCallInput, ScoreApplicationInput, TwinningCallsArgs } from './dto/call.inputs.js';
import { rankApplications } from './ranking.js';

/**
 * Calls (avvisi) for receiving administrations: opened by a practice's contacts or moderators,
 * applied to by members of Convergence administrations until the deadline, scored per criterion
 * and awarded by weighted mean, which proposes a twinning with the best `seats`. A call is as
 * visible as its practice.
 */
@Injectable()
export class TwinningCallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly practices: PracticeService,
    private readonly twinnings: TwinningService,
    private readonly access: WorkspaceAccess,
  ) {}

  async get(viewer: ViewerContext, id: string, em: EntityManager = this.dataSource.manager): Promise<TwinningCallEntity> {
    if (!isUuid(id)) throw new TwinningCallNotFoundError(id);
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const call = await em
      .getRepository(TwinningCallEntity)
      .createQueryBuilder('c')
      .innerJoin('practice', 'p', 'p.id = c."practiceId"')
      .where('c.id = :id', { id })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!call) throw new TwinningCallNotFoundError(id);
    return call;
  }

  list(viewer: ViewerContext, args: TwinningCallsArgs): Promise<Connection<TwinningCallEntity>> {
    const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(viewer, p)));
    const qb = this.dataSource
      .getRepository(TwinningCallEntity)
      .createQueryBuilder('c')
      .where(`EXISTS (SELECT 1 FROM practice p WHERE p.id = c."practiceId" AND ${visible.sql})`, visible.params);
    if (args.practiceId) qb.andWhere('c."practiceId" = :practiceId', { practiceId: args.practiceId });
    if (args.status === CallStatus.AWARDED) qb.andWhere('c."awardedAt" IS NOT NULL');
    if (args.status === CallStatus.OPEN) qb.andWhere('c."awardedAt" IS NULL AND c.deadline > now()');
    if (args.status === CallStatus.CLOSED) qb.andWhere('c."awardedAt" IS NULL AND c.deadline <= now()');
    return paginate(qb, args, [
      { expr: 'c.createdAt', direction: 'DESC', cast: 'timestamptz', value: (c) => c.createdAt },
      { expr: 'c.id', direction: 'DESC', cast: 'uuid', value: (c) => c.id },
    ]);
  }

  /** Contacts of a published practice and moderators open a call with weighted criteria, a future deadline and seats. */
  async open(viewer: ViewerContext, input: OpenTwinningCallInput): Promise<TwinningCallEntity> {
    viewer.assertCanWrite();
    const labels = input.criteria.map((c) => c.label.trim());
    const fields = [];
    if (labels.some((l) => !l)) fields.push({ field: 'criteria', message: 'ogni criterio ha un nome' });
    if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) fields.push({ field: 'criteria', message: 'due criteri con lo stesso nome' });
    if (new Date(input.deadline).getTime() <= Date.now()) fields.push({ field: 'deadline', message: 'la scadenza deve essere futura' });
    if (!input.title.trim()) fields.push({ field: 'title', message: 'il titolo è obbligatorio' });
    if (fields.length) throw new BadUserInputError(fields);
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const [practice] = await this.practices.findVisible(em, viewer, [input.practiceId]);
      if (!practice) throw new PracticeNotFoundError(input.practiceId);
      await this.access.assertPracticeManager(em, viewer, practice.id, 'Solo i referenti della buona pratica e i moderatori possono aprire un avviso');
      if (practice.status !== PracticeStatus.PUBLISHED) {
        throw BadUserInputError.field('practiceId', 'si possono aprire avvisi solo per buone pratiche pubblicate');
      }
      const repo = em.getRepository(TwinningCallEntity);
      const call = await repo.save(
        repo.create({
          practiceId: practice.id,
          title: input.title.trim(),
          description: input.description,
          deadline: input.deadline,
          seats: input.seats,
          createdById: viewer.memberId,
          awardedAt: null,
          twinningId: null,
        }),
      );
      await em
        .getRepository(SelectionCriterionEntity)
        .insert(input.criteria.map((c, position) => ({ callId: call.id, label: labels[position], weight: c.weight, position })));
      await uow.publish(new TwinningCallOpened(call.id, practice.id, viewer.memberId));
      return repo.findOneByOrFail({ id: call.id });
    });
  }

  /**
   * A member applies for its own administration, which must be in a Convergence region and not
   * the practice's offering one; one application per administration, only while the call is OPEN.
   */
  async apply(viewer: ViewerContext, input: ApplyToCallInput): Promise<TwinningApplicationEntity> {
    viewer.assertCanWrite();
    const motivation = input.motivation.trim();
    if (!motivation) throw BadUserInputError.field('motivation', 'la motivazione è obbligatoria');
    try {
      return await this.tx.run(async ({ em }) => {
        const call = await this.get(viewer, input.callId, em);
        const status = callStatusOf(call);
        if (status !== CallStatus.OPEN) {
          throw new ForbiddenError(status === CallStatus.AWARDED ? "L'avviso è già stato aggiudicato" : "La scadenza dell'avviso è passata: non si accettano più candidature");
        }
        const administration = await em.getRepository(AdministrationEntity).findOneBy({ id: input.administrationId });
        if (!administration) throw new NotFoundError('Amministrazione', input.administrationId);
        if ((await this.access.administrationOf(em, viewer.memberId)) !== administration.id) {
          throw new ForbiddenError(`Puoi candidare solo la tua amministrazione, non ${administration.name}`);
        }
        if (!isConvergenceRegion(administration.region)) {
          throw new ForbiddenError(`${administration.name} non è in una regione dell'obiettivo Convergenza (Calabria, Campania, Puglia, Sicilia)`);
        }
        const practice = await em.getRepository(PracticeEntity).findOneByOrFail({ id: call.practiceId });
        if (practice.offeringAdministrationId === administration.id) {
          throw new ForbiddenError(`${administration.name} è l'amministrazione offerente della buona pratica`);
        }
        const repo = em.getRepository(TwinningApplicationEntity);
        if (await repo.existsBy({ callId: call.id, administrationId: administration.id })) {
          throw new ConflictError(`${administration.name} ha già presentato una candidatura a questo avviso`);
        }
        const saved = await repo.save(repo.create({ callId: call.id, administrationId: administration.id, authorId: viewer.memberId, motivation }));
        return repo.findOneByOrFail({ id: saved.id });
      });
    } catch (err) {
      throw conflictFromUniqueViolation(err) ?? err;
    }
  }

  /** Contacts and moderators score an application on one criterion (0..10), not their own administration's; a later score replaces it. */
  async score(viewer: ViewerContext, input: ScoreApplicationInput): Promise<TwinningApplicationEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async ({ em }) => {
      const application = await em.getRepository(TwinningApplicationEntity).findOneBy({ id: input.applicationId });
      if (!application) throw new TwinningApplicationNotFoundError(input.applicationId);
      const call = await this.get(viewer, application.callId, em);
      await this.access.assertPracticeManager(em, viewer, call.practiceId, 'Solo i referenti della buona pratica e i moderatori possono valutare le candidature');
      if ((await this.access.administrationOf(em, viewer.memberId)) === application.administrationId) {
        throw new ForbiddenError('Non puoi valutare la candidatura della tua amministrazione');
      }
      if (call.awardedAt) throw new ForbiddenError("L'avviso è già stato aggiudicato: i punteggi non cambiano più");
      const criterion = await em.getRepository(SelectionCriterionEntity).findOneBy({ id: input.criterionId, callId: call.id });
      if (!criterion) throw BadUserInputError.field('criterionId', "il criterio non è di questo avviso");
      await em.query(
        `INSERT INTO criterion_score ("applicationId", "criterionId", "score", "scoredById", "scoredAt") VALUES ($1, $2, $3, $4, now())
         ON CONFLICT ("applicationId", "criterionId") DO UPDATE SET "score" = EXCLUDED."score", "scoredById" = EXCLUDED."scoredById", "scoredAt" = now()`,
        [application.id, criterion.id, input.score, viewer.memberId],
      );
      return application;
    });
  }

  /**
   * Ranks every application by weighted mean (ties to the earlier one), selects the best `seats`,
   * closes the call and proposes a twinning with them as receiving administrations.
   */
  async award(viewer: ViewerContext, callId: string): Promise<TwinningCallEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const visible = await this.get(viewer, callId, em);
      await this.access.assertPracticeManager(em, viewer, visible.practiceId, 'Solo i referenti della buona pratica e i moderatori possono aggiudicare un avviso');
      const repo = em.getRepository(TwinningCallEntity);
      const call = await repo.findOneOrFail({ where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
      if (call.awardedAt) throw new ConflictError("L'avviso è già stato aggiudicato");
      const criteria = await em.getRepository(SelectionCriterionEntity).find({ where: { callId: call.id }, order: { position: 'ASC' } });
      const applications = await em.getRepository(TwinningApplicationEntity).find({ where: { callId: call.id }, order: { createdAt: 'ASC' } });
      if (!applications.length) throw BadUserInputError.field('callId', "l'avviso non ha candidature da mettere in graduatoria");
      const scores = applications.length
        ? await em.getRepository(CriterionScoreEntity).findBy({ applicationId: In(applications.map((a) => a.id)) })
        : [];
      const byApplication = new Map(applications.map((a) => [a.id, new Map<string, number>()]));
      for (const s of scores) byApplication.get(s.applicationId)?.set(s.criterionId, s.score);
      const incomplete = applications.filter((a) => criteria.some((c) => !byApplication.get(a.id)!.has(c.id)));
      if (incomplete.length) {
        const names = await em.getRepository(AdministrationEntity).findBy({ id: In(incomplete.map((a) => a.administrationId)) });
        throw BadUserInputError.field(
          'callId',
          `ogni candidatura va valutata su tutti i criteri prima dell'aggiudicazione; mancano punteggi per: ${names.map((n) => n.name).sort().join(', ')}`,
        );
      }
      const ranked = rankApplications(
        criteria,
        applications.map((a) => ({ id: a.id, createdAt: a.createdAt, scores: byApplication.get(a.id)! })),
        call.seats,
      );
      for (const r of ranked) await em.getRepository(TwinningApplicationEntity).update(r.id, { rank: r.rank, selected: r.selected });
      const selectedIds = ranked.filter((r) => r.selected).map((r) => applications.find((a) => a.id === r.id)!.administrationId);
      const twinning = await this.twinnings.proposeIn(uow, viewer, {
        practiceId: call.practiceId,
        receivingAdministrationIds: selectedIds,
        objectives: `Trasferire la buona pratica alle amministrazioni selezionate con l'avviso «${call.title}».`,
        budgetEuro: null,
      });
      await repo.update(call.id, { awardedAt: new Date(), twinningId: twinning.id });
      await uow.publish(new TwinningCallAwarded(call.id, call.practiceId, viewer.memberId, twinning.id));
      return repo.findOneByOrFail({ id: call.id });
    });
  }
}
