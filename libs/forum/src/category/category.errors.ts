import { DomainError } from '@app/core';

export class CategoryNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(id: string) {
    super(`Categoria non trovata (${id})`);
  }
}
