import { describe, expect, it } from '@jest/globals';
import { AdministrationKind, Theme } from '@app/members';
import { MATCH_WEIGHTS, matchReasons, type MatchRow } from './match-weights.js';

const row = (overrides: Partial<MatchRow>): MatchRow => ({
  practiceId: 'p',
  score: 0,
  text: 0,
  themes: 0,
  adoptions: 0,
  twinnings: 0,
  similarity: 0,
  recency: 0,
  words: [],
  sharedThemes: [],
  adoptionsInUse: 0,
  completedTwinnings: 0,
  similarKind: null,
  similarIsAdopter: false,
  ...overrides,
});

describe('matchReasons', () => {
  it('names nothing for a match that only exists', () => {
    expect(matchReasons(row({ text: 0.05, words: ['albo'] }))).toEqual([]);
  });

  it('names every signal that counted in Italian, the strongest contribution first', () => {
    const reasons = matchReasons(
      row({
        text: 0.9,
        words: ['sportello', 'imprese', 'telematico', 'scia', 'pratiche'],
        themes: 0.5,
        sharedThemes: [Theme.BUSINESS_SERVICES],
        adoptions: 0.6,
        adoptionsInUse: 3,
        twinnings: 0.5,
        completedTwinnings: 1,
        similarity: 0.5,
        similarKind: AdministrationKind.UNION_OF_MUNICIPALITIES,
        similarIsAdopter: true,
        recency: 0.8,
      }),
    );
    expect(reasons).toEqual([
      'Parole in comune: sportello, imprese, telematico, scia',
      'Stesso tema: Servizi alle imprese',
      'In uso in 3 amministrazioni',
      'Aggiornata di recente',
      "Adottata da un'amministrazione di tipo e dimensione simili (unione di comuni)",
      '1 gemellaggio concluso',
    ]);
  });

  it('uses the singular and plural forms, ordered by weighted contribution', () => {
    expect(matchReasons(row({ adoptions: 0.4, adoptionsInUse: 1, twinnings: 0.8, completedTwinnings: 2 }))).toEqual(['2 gemellaggi conclusi', 'In uso in 1 amministrazione']);
    expect(matchReasons(row({ themes: 1, sharedThemes: [Theme.CITIZEN_SERVICES, Theme.INTEROPERABILITY] }))).toEqual([
      'Stessi temi: Servizi ai cittadini, Interoperabilità e cooperazione applicativa',
    ]);
  });

  it('weighs the text most, as the labelled set was measured with', () => {
    const weights = Object.values(MATCH_WEIGHTS);
    expect(Math.max(...weights)).toBe(MATCH_WEIGHTS.text);
  });
});
