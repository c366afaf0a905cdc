import { DomainEvent, MemberStatus, Role } from '@app/core';

export class MemberRoleChanged extends DomainEvent {
  constructor(
    readonly memberId: string,
    readonly actorId: string,
    readonly from: Role,
    readonly to: Role,
  ) {
    super();
  }
}

export class MemberStatusChanged extends DomainEvent {
  constructor(
    readonly memberId: string,
    readonly actorId: string,
    readonly from: MemberStatus,
    readonly to: MemberStatus,
    readonly reason: string | null,
  ) {
    super();
  }
}

/** A new password (changed or reset): tokens of versions below `tokenVersion` name nobody any more. */
export class MemberPasswordChanged extends DomainEvent {
  constructor(
    readonly memberId: string,
    readonly tokenVersion: number,
  ) {
    super();
  }
}
