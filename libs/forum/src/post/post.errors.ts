import { DomainError } from '@app/core';

export class PostNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(id: string) {
    super(`Messaggio non trovato (${id})`);
  }
}
