import { DomainEvent } from '@app/core';

/** A call was opened for a practice. */
export class TwinningCallOpened extends DomainEvent {
  constructor(
    readonly callId: string,
    readonly practiceId: string,
    readonly actorId: string,
  ) {
    super();
  }
}

/** A call was awarded: its applications are ranked and `twinningId` proposed with the selected ones. */
export class TwinningCallAwarded extends DomainEvent {
  constructor(
    readonly callId: string,
    readonly practiceId: string,
    readonly actorId: string,
    readonly twinningId: string,
  ) {
    super();
  }
}

/** A milestone of a twinning was completed. */
export class MilestoneCompleted extends DomainEvent {
  constructor(
    readonly milestoneId: string,
    readonly twinningId: string,
    readonly actorId: string,
  ) {
    super();
  }
}

/** An event was scheduled (`change` CREATED), moved or edited (UPDATED) or cancelled (CANCELLED). */
export class EventChanged extends DomainEvent {
  constructor(
    readonly eventId: string,
    readonly twinningId: string | null,
    readonly actorId: string,
    readonly change: 'CREATED' | 'UPDATED' | 'CANCELLED',
  ) {
    super();
  }
}

/** The day before an event: its attendees are reminded (raised by the reminder job, once per schedule). */
export class EventReminderDue extends DomainEvent {
  constructor(readonly eventId: string) {
    super();
  }
}

/** A milestone not done yet is due tomorrow (raised once per milestone by the daily job). */
export class MilestoneDueTomorrow extends DomainEvent {
  constructor(
    readonly milestoneId: string,
    readonly twinningId: string,
  ) {
    super();
  }
}
