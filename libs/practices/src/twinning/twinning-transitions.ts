import { TwinningStatus } from '../enums.js';

const { PROPOSED, APPROVED, ACTIVE, COMPLETED, CANCELLED } = TwinningStatus;

/** Forward only along PROPOSED -> APPROVED -> ACTIVE -> COMPLETED; CANCELLED from any open state. */
const NEXT: Record<TwinningStatus, readonly TwinningStatus[]> = {
  [PROPOSED]: [APPROVED, CANCELLED],
  [APPROVED]: [ACTIVE, CANCELLED],
  [ACTIVE]: [COMPLETED, CANCELLED],
  [COMPLETED]: [],
  [CANCELLED]: [],
};

export function canTransition(from: TwinningStatus, to: TwinningStatus): boolean {
  return NEXT[from].includes(to);
}

export function allowedTransitions(from: TwinningStatus): readonly TwinningStatus[] {
  return NEXT[from];
}

export function isOpen(status: TwinningStatus): boolean {
  return NEXT[status].length > 0;
}
