import { describe, expect, it } from '@jest/globals';
import { normaliseTag } from './thread-tags.js';

describe('normaliseTag', () => {
  it('stores a followed tag as the forum stores thread tags: trimmed, lower-case, spaces as hyphens', () => {
    expect(normaliseTag('  Open Data ')).toBe('open-data');
    expect(normaliseTag('PEC')).toBe('pec');
    expect(normaliseTag('suap\ttelematico')).toBe('suap-telematico');
  });

  it('is idempotent', () => {
    for (const tag of ['Open  Data', 'e-gov', 'Città Digitale']) expect(normaliseTag(normaliseTag(tag))).toBe(normaliseTag(tag));
  });
});
