import { ForbiddenError, NotFoundError } from '@app/core';

export class NeedNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Fabbisogno', id);
  }
}

export class AdoptionNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Adozione', id);
  }
}

export class AdministrationNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Amministrazione', id);
  }
}

export class NotAMemberOfAdministrationError extends ForbiddenError {
  constructor(what: string) {
    super(`Solo i membri dell'amministrazione possono ${what}`);
  }
}
