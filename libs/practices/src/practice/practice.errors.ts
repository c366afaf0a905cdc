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

export class PracticeOfferingForbiddenError extends ForbiddenError {
  constructor(hasAdministration: boolean) {
    super(
      hasAdministration
        ? "Puoi proporre una buona pratica solo a nome della tua amministrazione: per un'altra amministrazione rivolgiti a un moderatore"
        : "Per proporre una buona pratica indica prima la tua amministrazione nel profilo, oppure rivolgiti a un moderatore",
    );
  }
}

export class PracticeContactsForbiddenError extends ForbiddenError {
  constructor(onUpdate: boolean) {
    super(
      onUpdate
        ? 'Come referenti (contactIds) puoi indicare solo te stesso e i referenti già presenti: solo i moderatori possono aggiungere altri membri'
        : 'Come referente (contactIds) puoi indicare solo te stesso: solo i moderatori possono indicare altri membri',
    );
  }
}
