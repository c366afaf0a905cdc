import { registerEnumType } from '@nestjs/graphql';

/** OPEN until the deadline, CLOSED after it (scoring goes on), AWARDED once ranked. */
export enum CallStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  AWARDED = 'AWARDED',
}

export enum TwinningRole {
  OFFERING = 'OFFERING',
  RECEIVING = 'RECEIVING',
  COORDINATOR = 'COORDINATOR',
}

export const TWINNING_ROLE_NAMES: Record<TwinningRole, string> = {
  [TwinningRole.OFFERING]: 'offerente',
  [TwinningRole.RECEIVING]: 'ricevente',
  [TwinningRole.COORDINATOR]: 'coordinatrice',
};

registerEnumType(CallStatus, { name: 'CallStatus' });
registerEnumType(TwinningRole, { name: 'TwinningRole' });
