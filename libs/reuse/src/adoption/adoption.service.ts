import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, ForbiddenError, isUuid, readerOf, SqlParams, TransactionRunner, ViewerContext } from '@app/core';
import { AdministrationEntity } from '@app/members';
import { PracticeEntity, PracticeNotFoundError, PracticeService, PracticeStatus, TwinningReceivingAdministrationEntity, TwinningEntity, visiblePracticeSql } from '@app/practices';
import { administrationOf } from '../need/need.service.js';
import { AdministrationNotFoundError, AdoptionNotFoundError, NotAMemberOfAdministrationError } from '../reuse.errors.js';
import { AdoptionChanged } from '../reuse.events.js';
import { ADOPTION_STAGE_NAMES } from '../reuse.enums.js';
import { canMoveAdoption } from './adoption-stages.js';
import { AdoptionEntity, AdoptionStageChangeEntity } from './adoption.entity.js';
import type { RecordAdoptionInput } from './dto/record-adoption.input.js';

/**
 * The adoption ledger: one adoption per practice and administration, recorded and moved forward by
 * members of that administration, each stage in its history; verified by a contact of the
 * practice or a moderator who is not a member of the adopting administration; every stage change
 * clears the verification. Adoptions are public as far as their practice is visible.
 */
@Injectable()
export class AdoptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly practices: PracticeService,
  ) {}

  async get(viewer: ViewerContext, id: string): Promise<AdoptionEntity> {
    if (!isUuid(id)) throw new AdoptionNotFoundError(id);
    const params = new SqlParams();
    const idParam = params.p(id);
    const [row]: AdoptionEntity[] = await this.dataSource.query(
      `SELECT ad.* FROM adoption ad JOIN practice p ON p."id" = ad."practiceId"
        WHERE ad."id" = ${idParam} AND ${visiblePracticeSql('p', readerOf(viewer, params.p))}`,
      params.values,
    );
    if (!row) throw new AdoptionNotFoundError(id);
    return this.dataSource.getRepository(AdoptionEntity).create(row);
  }

  async record(viewer: ViewerContext, input: RecordAdoptionInput): Promise<AdoptionEntity> {
    viewer.assertCanWrite();
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const administration = await em.getRepository(AdministrationEntity).findOneBy({ id: input.administrationId });
      if (!administration) throw new AdministrationNotFoundError(input.administrationId);
      if ((await administrationOf(em, viewer.memberId)) !== administration.id) {
        throw new NotAMemberOfAdministrationError("registrarne l'adozione di una buona pratica");
      }
      const [practice] = await this.practices.findVisible(em, viewer, [input.practiceId]);
      if (!practice) throw new PracticeNotFoundError(input.practiceId);
      this.assertAdoptable(practice, administration.id);
      if (input.twinningId) await this.assertTwinning(em, input.twinningId, practice.id, administration.id);

      const repo = em.getRepository(AdoptionEntity);
      // One adoption per pair: concurrent first records serialise on the unique constraint.
      await em.query(
        `INSERT INTO adoption ("practiceId", "administrationId", "stage", "twinningId")
         VALUES ($1, $2, $3, $4) ON CONFLICT ("practiceId", "administrationId") DO NOTHING`,
        [practice.id, administration.id, input.stage, input.twinningId ?? null],
      );
      const adoption = await repo.findOneOrFail({ where: { practiceId: practice.id, administrationId: administration.id }, lock: { mode: 'pessimistic_write' } });
      const history = em.getRepository(AdoptionStageChangeEntity);
      const isNew = !(await history.existsBy({ adoptionId: adoption.id }));
      const now = new Date();
      if (isNew) {
        await history.insert({ adoptionId: adoption.id, from: null, to: input.stage, byId: viewer.memberId, note: input.note ?? null, at: now });
      } else {
        if (adoption.stage === input.stage) {
          if (input.twinningId && input.twinningId !== adoption.twinningId) await repo.update(adoption.id, { twinningId: input.twinningId, updatedAt: now });
          return repo.findOneByOrFail({ id: adoption.id });
        }
        if (!canMoveAdoption(adoption.stage, input.stage)) {
          throw BadUserInputError.field(
            'stage',
            `da «${ADOPTION_STAGE_NAMES[adoption.stage]}» non si torna a «${ADOPTION_STAGE_NAMES[input.stage]}»: si avanza, oppure si abbandona`,
          );
        }
        await history.insert({ adoptionId: adoption.id, from: adoption.stage, to: input.stage, byId: viewer.memberId, note: input.note ?? null, at: now });
        // A new stage is a new claim: whoever verified the previous one did not verify this one.
        await repo.update(adoption.id, {
          stage: input.stage,
          verifiedById: null,
          verifiedAt: null,
          updatedAt: now,
          ...(input.twinningId ? { twinningId: input.twinningId } : {}),
        });
      }
      await uow.publish(new AdoptionChanged(adoption.id, practice.id, viewer.memberId, false));
      return repo.findOneByOrFail({ id: adoption.id });
    });
  }

  async verify(viewer: ViewerContext, id: string): Promise<AdoptionEntity> {
    viewer.assertCanWrite();
    if (!isUuid(id)) throw new AdoptionNotFoundError(id);
    return this.tx.run(async (uow) => {
      const { em } = uow;
      const repo = em.getRepository(AdoptionEntity);
      const adoption = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!adoption || !(await this.practices.findVisible(em, viewer, [adoption.practiceId])).length) throw new AdoptionNotFoundError(id);
      if ((await administrationOf(em, viewer.memberId)) === adoption.administrationId) {
        throw new ForbiddenError("Un membro dell'amministrazione che adotta non può verificarne l'adozione");
      }
      if (!viewer.canModerate && !(await this.practices.isContact(em, adoption.practiceId, viewer.memberId))) {
        throw new ForbiddenError("Solo i referenti della buona pratica e i moderatori possono verificarne un'adozione");
      }
      if (adoption.verifiedById) return adoption;
      await repo.update(adoption.id, { verifiedById: viewer.memberId, verifiedAt: new Date() });
      await uow.publish(new AdoptionChanged(adoption.id, adoption.practiceId, viewer.memberId, true));
      return repo.findOneByOrFail({ id: adoption.id });
    });
  }

  private assertAdoptable(practice: PracticeEntity, administrationId: string): void {
    if (practice.status !== PracticeStatus.PUBLISHED) {
      throw BadUserInputError.field('practiceId', 'si registrano adozioni solo di buone pratiche pubblicate');
    }
    if (practice.offeringAdministrationId === administrationId) {
      throw BadUserInputError.field('administrationId', "l'amministrazione offre già questa buona pratica: non può adottarla");
    }
  }

  private async assertTwinning(em: import('typeorm').EntityManager, twinningId: string, practiceId: string, administrationId: string): Promise<void> {
    const twinning = await em.getRepository(TwinningEntity).findOneBy({ id: twinningId });
    const receiving = twinning && (await em.getRepository(TwinningReceivingAdministrationEntity).existsBy({ twinningId, administrationId }));
    if (!twinning || twinning.practiceId !== practiceId || !receiving) {
      throw BadUserInputError.field('twinningId', "il gemellaggio non è di questa buona pratica con l'amministrazione come ricevente");
    }
  }
}
