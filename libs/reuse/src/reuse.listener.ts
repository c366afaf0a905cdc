import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventBus } from '@app/core';
import { NotificationPublisher } from '@app/notifications';
import { AdoptionEntity } from './adoption/adoption.entity.js';
import { ADOPTION_STAGE_NAMES } from './reuse.enums.js';
import { AdoptionChanged, NeedPublished } from './reuse.events.js';

/** The reuse lib's notifications, written in the transaction of their cause by the notifications lib's writer. */
@Injectable()
export class ReuseListener implements OnModuleInit {
  constructor(
    private readonly bus: DomainEventBus,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(NeedPublished, async (uow, e) => {
      await this.publisher.needMatched(uow, { needId: e.needId, actorId: e.actorId, practiceIds: e.newlyMatchedPracticeIds });
    });
    this.bus.subscribe(AdoptionChanged, async (uow, e) => {
      const adoption = await uow.em.getRepository(AdoptionEntity).findOneByOrFail({ id: e.adoptionId });
      await this.publisher.adoption(uow, { adoptionId: e.adoptionId, actorId: e.actorId, verified: e.verified, stageName: ADOPTION_STAGE_NAMES[adoption.stage] });
    });
  }
}
