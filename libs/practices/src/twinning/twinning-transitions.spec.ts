import { describe, expect, it } from '@jest/globals';
import { TwinningStatus } from '../enums.js';
import { allowedTransitions, canTransition, isOpen } from './twinning-transitions.js';

const ALL = Object.values(TwinningStatus);
const { PROPOSED, APPROVED, ACTIVE, COMPLETED, CANCELLED } = TwinningStatus;
const LEGAL = new Set([
  `${PROPOSED}>${APPROVED}`,
  `${APPROVED}>${ACTIVE}`,
  `${ACTIVE}>${COMPLETED}`,
  `${PROPOSED}>${CANCELLED}`,
  `${APPROVED}>${CANCELLED}`,
  `${ACTIVE}>${CANCELLED}`,
]);

describe('twinning transitions', () => {
  it.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))('%s -> %s is legal only if forward or a cancellation of an open twinning', (from, to) => {
    expect(canTransition(from, to)).toBe(LEGAL.has(`${from}>${to}`));
  });

  it('treats COMPLETED and CANCELLED as closed', () => {
    expect(ALL.filter(isOpen)).toEqual([PROPOSED, APPROVED, ACTIVE]);
    expect(allowedTransitions(COMPLETED)).toEqual([]);
    expect(allowedTransitions(CANCELLED)).toEqual([]);
  });
});
