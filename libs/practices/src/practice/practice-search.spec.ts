import { describe, expect, it } from '@jest/globals';
import { parseTextQuery } from './practice-search.js';

describe('parseTextQuery', () => {
  it('joins words with AND and makes the last one a prefix', () => {
    expect(parseTextQuery('Attività produttive comunali')).toEqual({
      tsquery: 'attività & produttive & comunali:*',
      text: 'attività produttive comunali',
    });
  });

  it('keeps only letters and digits from hostile input', () => {
    expect(parseTextQuery(`'); DROP TABLE practice; -- "pec" & | ! (:*) <b>`)).toEqual({
      tsquery: 'drop & table & practice & pec & b',
      text: 'drop table practice pec b',
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
