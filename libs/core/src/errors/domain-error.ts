/** The error codes of the contract, carried in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export interface FieldError {
  field: string;
  message: string;
}

/** Base of every error a service throws on purpose; independent of GraphQL so socket acks reuse it. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown> = {};
  /** The status of an answer outside GraphQL (an upload's 413 or 415), when not the code's own. */
  readonly httpStatus?: number;
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Accesso richiesto: effettua il login') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Operazione non consentita') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string, id?: string) {
    super(id ? `${what} non trovato (${id})` : `${what} non trovato`);
  }
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldError[], message?: string) {
    super(message ?? fields.map((f) => `${f.field}: ${f.message}`).join('; '));
    this.extensions.fields = fields;
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class StaleVersionError extends ConflictError {
  constructor(what: string, readonly expected: number) {
    super(`${what} è stato modificato nel frattempo (versione ${expected} non più attuale): ricarica e riprova`);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Troppe richieste: riprova tra ${retryAfterSeconds} secondi`);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

export function assertNever(value: never): never {
  throw new Error(`Valore inatteso: ${String(value)}`);
}
