import { describe, expect, it } from '@jest/globals';
import { nextFreeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('lower-cases, strips accents and joins words with single hyphens', () => {
    expect(slugify('  SUAP telematico: attività produttive — Comune di Forlì! ')).toBe('suap-telematico-attivita-produttive-comune-di-forli');
  });

  it('splits elisions and drops punctuation', () => {
    expect(slugify("L'albo pretorio on-line dell'Unione (2010)")).toBe('l-albo-pretorio-on-line-dell-unione-2010');
  });

  it('falls back to a fixed word when nothing is left', () => {
    expect(slugify('¿¡!?')).toBe('pratica');
  });

  it('cuts long titles at a word boundary within 200 characters', () => {
    const slug = slugify('conservazione sostitutiva '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(200);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.endsWith('conservazione') || slug.endsWith('sostitutiva')).toBe(true);
  });
});

describe('nextFreeSlug', () => {
  it('appends -2, -3... on collision', () => {
    expect(nextFreeSlug('pec', new Set())).toBe('pec');
    expect(nextFreeSlug('pec', new Set(['pec']))).toBe('pec-2');
    expect(nextFreeSlug('pec', new Set(['pec', 'pec-2', 'pec-3']))).toBe('pec-4');
  });
});
