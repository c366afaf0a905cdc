import { DomainEvent } from '@app/core';

/**
 * Practices matched a need above the threshold for the first time (recorded in need_practice_match):
 * when the need was published, or when a practice was published or updated while the need was open.
 * `actorId` is the need's author, whose need it is.
 */
export class NeedMatched extends DomainEvent {
  constructor(
    readonly needId: string,
    readonly actorId: string,
    /** Best first. */
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
