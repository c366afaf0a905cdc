import { DomainEvent } from '@app/core';

/** A need was published (raised inside the publishing transaction, after its matches were recorded). */
export class NeedPublished extends DomainEvent {
  constructor(
    readonly needId: string,
    readonly actorId: string,
    /** Practices matched above the threshold for the first time, best first. */
    readonly newlyMatchedPracticeIds: string[],
  ) {
    super();
  }
}

/** An adoption was recorded at a new stage (the first record included), or verified. */
export class AdoptionChanged extends DomainEvent {
  constructor(
    readonly adoptionId: string,
    readonly practiceId: string,
    readonly actorId: string,
    readonly verified: boolean,
  ) {
    super();
  }
}
