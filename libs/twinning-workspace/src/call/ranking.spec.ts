import { describe, expect, it } from '@jest/globals';
import { rankApplications, weightedTotal } from './ranking.js';

const criteria = [
  { id: 'a', weight: 2 },
  { id: 'b', weight: 1 },
];
const scores = (a: number, b: number) => new Map([['a', a], ['b', b]]);

describe('call ranking', () => {
  it('computes the weighted mean once every criterion is scored, else null', () => {
    expect(weightedTotal(criteria, scores(9, 6))).toBeCloseTo(8);
    expect(weightedTotal(criteria, new Map([['a', 9]]))).toBeNull();
  });

  it('ranks by total and breaks ties by the earlier application, selecting the first seats', () => {
    const ranked = rankApplications(
      criteria,
      [
        { id: 'late', createdAt: new Date(3000), scores: scores(8, 8) },
        { id: 'best', createdAt: new Date(2000), scores: scores(10, 7) },
        { id: 'early', createdAt: new Date(1000), scores: scores(8, 8) },
      ],
      2,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.selected])).toEqual([
      ['best', 1, true],
      ['early', 2, true],
      ['late', 3, false],
    ]);
  });

  it('refuses an application without every score', () => {
    expect(() => rankApplications(criteria, [{ id: 'x', createdAt: new Date(), scores: new Map([['a', 1]]) }], 1)).toThrow();
  });
});
