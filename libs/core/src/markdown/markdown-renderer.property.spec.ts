import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderMarkdown, sanitize } from './markdown-renderer.js';
import { xssVectors } from './xss-vectors.js';

/** What must never appear as markup in rendered output (escaped text is harmless). */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['<script', /<script/i],
  ['<iframe', /<iframe/i],
  ['<object', /<object/i],
  ['<style', /<style/i],
  ['<embed', /<embed/i],
  ['on* attribute', /<[^>]*\son[a-z]+\s*=/i],
  ['dangerous URL', /<[^>]*\s(href|src|action|data)\s*=\s*["']?\s*(javascript:|vbscript:|data:text)/i],
];

function assertSafe(html: string): void {
  for (const [name, pattern] of FORBIDDEN) {
    if (pattern.test(html)) throw new Error(`${name} in: ${html}`);
  }
  expect(sanitize(html)).toBe(html);
}

// Markdown fragments and hostile pieces that random documents are built from.
const PIECES = [
  '# ', '## ', '> ', '- ', '1. ', '```', '`', '**', '_', '~~', '[', ']', '(', ')', '![', '<', '>', '"', "'", '=', '&#', ';',
  'javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', 'https://example.org/', 'mailto:a@b.it', 'onerror', 'onload',
  'alert(1)', '<script>', '</script>', '<img src=x ', '<a href=', '<iframe', '<style>', '<svg', '\n', '\n\n', '\t', ' ', '|', '---',
  '@mario.rossi', 'SUAP', 'protocollo', 'è', '€', '\u0000', '\u202e',
];

describe('renderMarkdown against hostile input', () => {
  const vectors = xssVectors();

  it('has at least 200 known vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(200);
  });

  it('neutralises every known XSS vector, idempotently', () => {
    for (const vector of vectors) assertSafe(renderMarkdown(vector));
  });

  it('neutralises 10,000 random Markdown documents, idempotently', () => {
    const document = fc.oneof(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 200 }),
      fc.tuple(fc.constantFrom(...vectors), fc.string({ maxLength: 30 })).map(([v, s]) => `${s}${v}${s}`),
    );
    fc.assert(
      fc.property(document, (source) => {
        assertSafe(renderMarkdown(source));
      }),
      { numRuns: 10_000, seed: 20110922 },
    );
  });
});
