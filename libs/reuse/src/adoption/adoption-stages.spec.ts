import { describe, expect, it } from '@jest/globals';
import { AdoptionStage as S } from '../reuse.enums.js';
import { canMoveAdoption } from './adoption-stages.js';

describe('canMoveAdoption', () => {
  it('moves forward, skipping stages if need be', () => {
    expect(canMoveAdoption(S.INTERESTED, S.EVALUATING)).toBe(true);
    expect(canMoveAdoption(S.INTERESTED, S.IN_USE)).toBe(true);
    expect(canMoveAdoption(S.PILOT, S.IN_USE)).toBe(true);
  });

  it('never moves back nor stays', () => {
    expect(canMoveAdoption(S.IN_USE, S.PILOT)).toBe(false);
    expect(canMoveAdoption(S.EVALUATING, S.INTERESTED)).toBe(false);
    expect(canMoveAdoption(S.PILOT, S.PILOT)).toBe(false);
  });

  it('abandons from any stage and starts again from an abandoned one', () => {
    for (const from of [S.INTERESTED, S.EVALUATING, S.PILOT, S.IN_USE]) expect(canMoveAdoption(from, S.ABANDONED)).toBe(true);
    expect(canMoveAdoption(S.ABANDONED, S.EVALUATING)).toBe(true);
  });
});
