import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';

export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/**
 * Who is asking. Built once per request from the bearer token and the member's
 * current row, so a suspension or a role change takes effect on the next request.
 */
export class ViewerContext {
  private constructor(
    readonly memberId: string | null,
    readonly role: Role | null,
    readonly status: MemberStatus | null,
    /** When the member joined: the optional new-member write limits depend on it. */
    readonly joinedAt: Date | null = null,
  ) {}

  static anonymous(): ViewerContext {
    return new ViewerContext(null, null, null);
  }

  static member(memberId: string, role: Role, status: MemberStatus, joinedAt: Date | null = null): ViewerContext {
    return new ViewerContext(memberId, role, status, joinedAt);
  }

  get isAuthenticated(): boolean {
    return this.memberId !== null;
  }

  get isAdmin(): boolean {
    return this.role === Role.ADMIN && this.status === MemberStatus.ACTIVE;
  }

  /** Moderators and admins see hidden content and use the moderation tools. */
  get canModerate(): boolean {
    return (this.role === Role.MODERATOR || this.role === Role.ADMIN) && this.status === MemberStatus.ACTIVE;
  }

  /** The member id of an ACTIVE member; null for anonymous and suspended viewers, who read as anonymous. */
  get activeMemberId(): string | null {
    return this.status === MemberStatus.ACTIVE ? this.memberId : null;
  }

  is(memberId: string | null | undefined): boolean {
    return this.memberId !== null && this.memberId === memberId;
  }

  assertAuthenticated(): asserts this is ViewerContext & { memberId: string } {
    if (!this.memberId) throw new UnauthenticatedError();
  }

  /** Any write: signed in and not suspended. */
  assertCanWrite(): asserts this is ViewerContext & { memberId: string } {
    this.assertAuthenticated();
    if (this.status !== MemberStatus.ACTIVE) throw new ForbiddenError('Il tuo account è sospeso: non puoi scrivere');
  }

  /** Private reads (inbox, unread count, follows, digest, settings): signed in and not suspended. */
  assertCanReadPrivate(): asserts this is ViewerContext & { memberId: string } {
    this.assertAuthenticated();
    if (this.status !== MemberStatus.ACTIVE) {
      throw new ForbiddenError('Il tuo account è sospeso: puoi consultare solo i contenuti pubblici');
    }
  }

  assertModerator(): asserts this is ViewerContext & { memberId: string } {
    this.assertCanWrite();
    if (!this.canModerate) throw new ForbiddenError('Operazione riservata ai moderatori');
  }

  assertAdmin(): asserts this is ViewerContext & { memberId: string } {
    this.assertCanWrite();
    if (!this.isAdmin) throw new ForbiddenError('Operazione riservata agli amministratori');
  }
}
