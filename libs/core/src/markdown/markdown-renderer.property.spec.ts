import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MarkdownOptions, renderMarkdown, sanitize } from './markdown-renderer.js';
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

/** Every image loads from the page's own origin or a listed host, whatever the page's scheme. */
function assertNoRemoteImage(html: string, allowedHosts: readonly string[]): void {
  for (const [, src] of html.matchAll(/<img[^>]*\ssrc="([^"]*)"/gi)) {
    for (const base of ['https://hub.invalid/', 'http://hub.invalid/']) {
      const host = new URL(src.replace(/&amp;/g, '&'), base).hostname;
      if (host !== 'hub.invalid' && !allowedHosts.includes(host)) throw new Error(`remote image in: ${html}`);
    }
  }
}

function assertSafe(html: string, options: MarkdownOptions = {}): void {
  for (const [name, pattern] of FORBIDDEN) {
    if (pattern.test(html)) throw new Error(`${name} in: ${html}`);
  }
  assertNoRemoteImage(html, options.allowedImageHosts ?? []);
  expect(sanitize(html, options)).toBe(html);
}

// Markdown fragments and hostile pieces that random documents are built from.
const PIECES = [
  '# ', '## ', '> ', '- ', '1. ', '```', '`', '**', '_', '~~', '[', ']', '(', ')', '![', '<', '>', '"', "'", '=', '&#', ';',
  'javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', 'https://example.org/', 'https://img.example/', '//', '\\', 'https:', 'mailto:a@b.it', 'onerror', 'onload',
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

  it('embeds images of listed hosts only, in 2,000 random Markdown documents, idempotently', () => {
    const options = { allowedImageHosts: ['img.example'] };
    const image = fc
      .tuple(fc.constantFrom(...PIECES), fc.constantFrom('https://img.example/', 'https://example.org/', '//img.example/', '/files/', 'https:img.example/', ''))
      .map(([alt, url]) => `![${alt}](${url}a.png)`);
    const document = fc.array(fc.oneof(fc.constantFrom(...PIECES), image), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(document, (source) => {
        assertSafe(renderMarkdown(source, options), options);
        assertSafe(renderMarkdown(source));
      }),
      { numRuns: 2_000, seed: 20251202 },
    );
  });
});
