import { NotFoundError } from '@app/core';

export class TwinningCallNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Avviso', id);
  }
}

export class TwinningApplicationNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Candidatura', id);
    this.message = id ? `Candidatura non trovata (${id})` : 'Candidatura non trovata';
  }
}
