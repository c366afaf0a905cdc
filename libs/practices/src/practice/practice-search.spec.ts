import { describe, expect, it } from '@jest/globals';
import { parseTextQuery, planTextQuery, relaxTextQuery, synonymIndex } from './practice-search.js';

describe('parseTextQuery', () => {
  it('joins words with AND and makes the last one a prefix', () => {
    expect(parseTextQuery('Attività produttive comunali')).toEqual({
      tsquery: 'attività & produttive & comunali:*',
      text: 'attività produttive comunali',
      words: ['attività', 'produttive', 'comunali'],
    });
  });

  it('keeps only letters and digits from hostile input', () => {
    expect(parseTextQuery(`'); DROP TABLE practice; -- "pec" & | ! (:*) <b>`)).toEqual({
      tsquery: 'drop & table & practice & pec & b',
      text: 'drop table practice pec b',
      words: ['drop', 'table', 'practice', 'pec', 'b'],
    });
  });

  it('returns null when no word is left', () => {
    expect(parseTextQuery('  &|!()  ')).toBeNull();
    expect(parseTextQuery('')).toBeNull();
    expect(parseTextQuery(null)).toBeNull();
  });

  it('bounds the number of words', () => {
    expect(parseTextQuery('a '.repeat(100))!.text.split(' ')).toHaveLength(12);
  });
});

describe('planTextQuery', () => {
  const synonyms = synonymIndex([
    { term: 'suap', alternative: 'sportello unico attività produttive' },
    { term: 'sportello unico attività produttive', alternative: 'suap' },
    { term: 'sportello unico', alternative: 'suap' },
    { term: 'attività', alternative: 'x' },
  ]);

  it('ORs a synonym term with its alternatives (their words in any order), the longest term first', () => {
    expect(planTextQuery('SUAP di Bari', synonyms)!.exact).toBe('(suap | (sportello & unico & attività & produttive)) & di & bari:*');
    expect(planTextQuery('Sportello Unico Attivita Produttive', synonyms)!.segments.map((s) => s.words.join(' '))).toEqual([
      'sportello unico attivita produttive',
    ]);
    expect(planTextQuery('sportello unico', synonyms)!.exact).toBe('((sportello & unico) | suap)');
  });

  it('leaves words without synonyms as typed, the last one a prefix', () => {
    expect(planTextQuery('protocollo informatico', synonyms)!.exact).toBe('protocollo & informatico:*');
    expect(planTextQuery('  ', synonyms)).toBeNull();
  });
});

describe('relaxTextQuery', () => {
  const plan = planTextQuery('protocolo informatico comunale', synonymIndex([]))!;

  it('ORs mistyped words with their near spellings and suggests the nearest', () => {
    const relaxed = relaxTextQuery(plan, new Map([[0, [{ word: 'protocollo', lexeme: 'protocoll', similarity: 0.75 }, { word: 'protocolli', lexeme: 'protocoll2', similarity: 0.6 }]]]));
    expect(relaxed.fuzzy).toBe('(protocolo | protocollo | protocolli) & informatico & comunale:*');
    expect(relaxed.partial).toBe('(protocolo | protocollo | protocolli) | informatico | comunale:*');
    expect(relaxed.segments).toEqual(['(protocolo | protocollo | protocolli)', 'informatico', 'comunale:*']);
    expect(relaxed.corrected).toBe('protocollo informatico comunale');
  });

  it('has no fuzzy form and no suggestion when no word has a near spelling', () => {
    const relaxed = relaxTextQuery(plan, new Map());
    expect(relaxed.fuzzy).toBeNull();
    expect(relaxed.corrected).toBeNull();
    expect(relaxed.partial).toBe('protocolo | informatico | comunale:*');
  });

  it('drops near spellings that are not plain words', () => {
    const relaxed = relaxTextQuery(plan, new Map([[1, [{ word: "x' | y", lexeme: 'x', similarity: 0.9 }]]]));
    expect(relaxed.segments[1]).toBe('informatico');
  });
});
