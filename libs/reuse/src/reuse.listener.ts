import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventBus } from '@app/core';
import { PracticeCreated, PracticeStatus, PracticeUpdated } from '@app/practices';
import { NotificationPublisher } from '@app/notifications';
import { AdoptionEntity } from './adoption/adoption.entity.js';
import { ADOPTION_STAGE_NAMES } from './reuse.enums.js';
import { AdoptionChanged, NeedMatched } from './reuse.events.js';
import { NeedService } from './need/need.service.js';

/** The reuse lib's notifications, written in the transaction of their cause by the notifications lib's writer. */
@Injectable()
export class ReuseListener implements OnModuleInit {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly publisher: NotificationPublisher,
    private readonly needs: NeedService,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(NeedMatched, async (uow, e) => {
      if (e.newlyMatchedPracticeIds.length) await this.publisher.needMatched(uow, { needId: e.needId, actorId: e.actorId, practiceIds: e.newlyMatchedPracticeIds });
    });
    // A practice published (or edited while published) may answer needs already open.
    this.bus.subscribe(PracticeCreated, async (uow, e) => {
      if (e.status === PracticeStatus.PUBLISHED) await this.needs.matchOpenNeeds(uow, e.practiceId);
    });
    this.bus.subscribe(PracticeUpdated, async (uow, e) => {
      if (e.statusAfter === PracticeStatus.PUBLISHED) await this.needs.matchOpenNeeds(uow, e.practiceId);
    });
    this.bus.subscribe(AdoptionChanged, async (uow, e) => {
      const adoption = await uow.em.getRepository(AdoptionEntity).findOneByOrFail({ id: e.adoptionId });
      await this.publisher.adoption(uow, { adoptionId: e.adoptionId, actorId: e.actorId, verified: e.verified, stageName: ADOPTION_STAGE_NAMES[adoption.stage] });
    });
  }
}
