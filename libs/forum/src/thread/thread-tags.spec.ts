import { describe, expect, it } from '@jest/globals';
import { BadUserInputError } from '@app/core';
import { normaliseTags } from './thread-tags.js';

describe('normaliseTags', () => {
  it('lower-cases, trims and deduplicates, keeping the first occurrence order', () => {
    expect(normaliseTags([' SUAP ', 'suap', 'Open Data', 'pec'])).toEqual(['suap', 'open-data', 'pec']);
  });

  it('accepts five distinct tags even when more were written twice', () => {
    expect(normaliseTags(['a1', 'A1', 'b2', 'c3', 'd4', 'e5'])).toHaveLength(5);
  });

  it('refuses a sixth distinct tag', () => {
    expect(() => normaliseTags(['a1', 'b2', 'c3', 'd4', 'e5', 'f6'])).toThrow(BadUserInputError);
  });

  it('refuses markup and over-long tags', () => {
    expect(() => normaliseTags(['<b>x</b>'])).toThrow(BadUserInputError);
    expect(() => normaliseTags(['x'.repeat(31)])).toThrow(BadUserInputError);
  });

  it('keeps accented Italian words', () => {
    expect(normaliseTags(['Interoperabilità'])).toEqual(['interoperabilità']);
  });
});
