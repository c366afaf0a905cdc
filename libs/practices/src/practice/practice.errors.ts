import { ForbiddenError, NotFoundError } from '@app/core';

export class PracticeNotFoundError extends NotFoundError {
  constructor(idOrSlug?: string) {
    super('Buona pratica', idOrSlug);
  }
}

export class PracticeEditForbiddenError extends ForbiddenError {
  constructor() {
    super('Solo i referenti della buona pratica, i moderatori e gli amministratori possono modificarla');
  }
}
