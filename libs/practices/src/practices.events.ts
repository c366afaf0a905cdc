import { DomainEvent } from '@app/core';
import type { Theme } from '@app/members';
import type { PracticeStatus, TwinningStatus } from './enums.js';

/** A practice was created (raised inside the creating transaction). */
export class PracticeCreated extends DomainEvent {
  constructor(
    readonly practiceId: string,
    readonly actorId: string,
    readonly themes: Theme[],
    readonly status: PracticeStatus,
  ) {
    super();
  }
}

/** A practice was edited; one event per `PracticeUpdate` row. */
export class PracticeUpdated extends DomainEvent {
  constructor(
    readonly practiceId: string,
    readonly actorId: string,
    readonly changeSummary: string,
    readonly statusBefore: PracticeStatus,
    readonly statusAfter: PracticeStatus,
  ) {
    super();
  }
}

export class TwinningProposed extends DomainEvent {
  constructor(
    readonly twinningId: string,
    readonly practiceId: string,
    readonly actorId: string,
  ) {
    super();
  }
}

export class TwinningStatusChanged extends DomainEvent {
  constructor(
    readonly twinningId: string,
    readonly practiceId: string,
    readonly actorId: string,
    readonly from: TwinningStatus,
    readonly to: TwinningStatus,
    readonly offeringAdministrationId: string,
    readonly receivingAdministrationIds: string[],
  ) {
    super();
  }
}

/** A document was attached to a practice or a twinning (version 1) or got a new version. */
export class DocumentPublished extends DomainEvent {
  constructor(
    readonly documentId: string,
    readonly practiceId: string | null,
    readonly twinningId: string | null,
    readonly actorId: string,
    readonly version: number,
  ) {
    super();
  }
}
