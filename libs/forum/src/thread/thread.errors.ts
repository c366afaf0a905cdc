import { DomainError, ForbiddenError } from '@app/core';

export class ThreadNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(id: string) {
    super(`Discussione non trovata (${id})`);
  }
}

export class ThreadLockedError extends ForbiddenError {
  constructor(id: string) {
    super(`La discussione ${id} è chiusa: non accetta nuove risposte`);
  }
}
