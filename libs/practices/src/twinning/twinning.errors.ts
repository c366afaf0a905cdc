import { BadUserInputError, FieldError, NotFoundError } from '@app/core';
import { TWINNING_STATUS_NAMES, TwinningStatus } from '../enums.js';
import { allowedTransitions } from './twinning-transitions.js';

export class TwinningNotFoundError extends NotFoundError {
  constructor(id?: string) {
    super('Gemellaggio', id);
  }
}

export class IllegalTwinningTransitionError extends BadUserInputError {
  constructor(from: TwinningStatus, to: TwinningStatus) {
    const allowed = allowedTransitions(from);
    const hint = allowed.length
      ? `da ${TWINNING_STATUS_NAMES[from]} può passare solo a ${allowed.map((s) => TWINNING_STATUS_NAMES[s]).join(' o ')}`
      : `un gemellaggio ${TWINNING_STATUS_NAMES[from]} è chiuso e non cambia più stato`;
    super([{ field: 'status', message: hint }], `Passaggio di stato non consentito (${from} -> ${to}): ${hint}`);
    this.extensions.from = from;
    this.extensions.to = to;
  }
}

/** One or more receiving administrations that cannot receive this practice, each named in its message. */
export class InvalidReceivingAdministrationError extends BadUserInputError {
  constructor(fields: FieldError[], administrationIds: string[]) {
    super(fields, `Amministrazioni riceventi non ammesse: ${fields.map((f) => f.message).join('; ')}`);
    this.extensions.administrationIds = administrationIds;
  }
}
