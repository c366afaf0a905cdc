import { describe, expect, it } from '@jest/globals';
import { extractMentions, renderMarkdown, sanitize } from './markdown-renderer.js';

describe('renderMarkdown', () => {
  // What must never appear in markup (text that merely shows these words is harmless).
  const DANGEROUS = [
    /<\s*(script|iframe|object|embed|style|form|input|svg|math)/i,
    /<[^>]*\son[a-z]+\s*=/i,
    /<[^>]*\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
  ];

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[clic](javascript:alert(1))',
    '[clic](JaVaScRiPt:alert(1))',
    '<a href="vbscript:msgbox(1)">x</a>',
    '![x](data:text/html;base64,PHNjcmlwdD4=)',
    '<iframe src="https://example.com"></iframe>',
    '<style>body{display:none}</style>',
    '[x](javascript&#58;alert(1))',
  ])('neutralises %s', (input) => {
    const html = renderMarkdown(input);
    for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
  });

  it('shows raw HTML as text instead of markup', () => {
    expect(renderMarkdown('<b onclick="x()">ciao</b>')).toBe('<p>&lt;b onclick="x()"&gt;ciao&lt;/b&gt;</p>\n');
  });

  it('renders Markdown and marks external links nofollow noopener', () => {
    const html = renderMarkdown('**SUAP** telematico: vedi [la guida](https://www.impresainungiorno.gov.it)');
    expect(html).toContain('<strong>SUAP</strong>');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
    expect(html).toContain('href="https://www.impresainungiorno.gov.it"');
  });

  it('is idempotent once sanitised', () => {
    const once = renderMarkdown('# Titolo\n\n<b onclick="x()">grassetto</b> e `codice`');
    expect(sanitize(once)).toBe(once);
  });
});

describe('extractMentions', () => {
  it('finds distinct handles outside code and e-mail addresses', () => {
    expect(extractMentions('Grazie @mario.rossi e @Anna_B! Scrivi a x@comune.it, non `@codice`. @mario.rossi')).toEqual([
      'mario.rossi',
      'anna_b',
    ]);
  });
});
