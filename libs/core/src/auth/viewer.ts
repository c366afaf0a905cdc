import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error.js';
import type { Bind } from '../database/sql-params.js';

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
 * Who may moderate: an ACTIVE member with role MODERATOR or ADMIN (the contract's "moderators").
 * The one rule, here in TypeScript and in `canModerateSql` for statements.
 */
export function canModerate(role: Role | null, status: MemberStatus | null): boolean {
  return (role === Role.MODERATOR || role === Role.ADMIN) && status === MemberStatus.ACTIVE;
}

/** `canModerate` over the member row aliased `alias` (recipients, watchers): role and ACTIVE status alike. */
export function canModerateSql(alias: string): string {
  return `(${alias}."role" IN ('${Role.MODERATOR}', '${Role.ADMIN}') AND ${alias}."status" = '${MemberStatus.ACTIVE}')`;
}

/**
 * Who reads, as the rule builders of every lib (`visibleThreadSql`, `visiblePracticeSql`, …) take
 * it: an SQL boolean saying whether they moderate, and an SQL expression of the member id whose own
 * content (drafts they are a contact of) they see, null for anonymous and suspended readers (who
 * read what anonymous callers read). Either the request's viewer (`readerOf`) or each row of a
 * member table (`memberReader`: recipients of notifications, watchers of a thread).
 */
export interface SqlReader {
  readonly canModerate: string;
  readonly memberId: string | null;
}

/** The request's viewer as an SQL reader: TRUE/FALSE, and its id bound through `p` when a builder asks for it. */
export function readerOf(viewer: ViewerContext, p: Bind): SqlReader {
  const id = viewer.activeMemberId;
  let bound: string | undefined;
  return {
    canModerate: viewer.canModerate ? 'TRUE' : 'FALSE',
    // Bound on first use only: a positional statement must not carry a parameter it never reads.
    get memberId() {
      return id ? (bound ??= `${p(id)}::uuid`) : null;
    },
  };
}

/** A reader who is nobody in particular: what anonymous callers see is what everybody may see. */
export const ANONYMOUS_READER: SqlReader = { canModerate: 'FALSE', memberId: null };

/** Each row of the member table aliased `alias` as a reader (suspended members see no drafts of theirs). */
export function memberReader(alias: string): SqlReader {
  return { canModerate: canModerateSql(alias), memberId: `(CASE WHEN ${alias}."status" = '${MemberStatus.ACTIVE}' THEN ${alias}."id" END)` };
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
    return canModerate(this.role, this.status);
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
