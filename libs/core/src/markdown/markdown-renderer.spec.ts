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

describe('remote images', () => {
  const ALLOWED = { allowedImageHosts: ['img.example'] };
  const imgSources = (html: string) => [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]);

  it('turns a remote image into a link to it, named by its alt text', () => {
    const html = renderMarkdown('Ecco lo schema: ![schema del SUAP](https://evil.example/p.png "Schema")');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a href="https://evil.example/p.png" title="Schema" rel="nofollow noopener noreferrer" target="_blank">schema del SUAP</a>',
    );
  });

  it('names the link by the image URL when the image has no alt text', () => {
    expect(renderMarkdown('![](https://evil.example/p.png)')).toBe(
      '<p><a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">https://evil.example/p.png</a></p>\n',
    );
  });

  it('keeps images of a listed host, whatever the case of the host, and only those', () => {
    const html = renderMarkdown('![a](https://IMG.example/a.png) ![b](https://img.example.evil.example/b.png) ![c](https://evil.example/c.png)', ALLOWED);
    expect(imgSources(html)).toEqual(['https://IMG.example/a.png']);
    expect(html).toContain('<a href="https://img.example.evil.example/b.png"');
    expect(html).toContain('<a href="https://evil.example/c.png"');
  });

  it('matches a listed host:port only on that port, and a bare listed host on any port', () => {
    expect(imgSources(renderMarkdown('![a](https://img.example:8443/a.png)', ALLOWED))).toEqual(['https://img.example:8443/a.png']);
    const withPort = { allowedImageHosts: ['cdn.example:8443'] };
    expect(imgSources(renderMarkdown('![a](https://cdn.example:8443/a.png)', withPort))).toHaveLength(1);
    expect(imgSources(renderMarkdown('![a](https://cdn.example/a.png)', withPort))).toEqual([]);
  });

  it('keeps same-origin images', () => {
    expect(imgSources(renderMarkdown('![logo](/files/logo.png)'))).toEqual(['/files/logo.png']);
  });

  it.each([
    '![a](//evil.example/a.png)',
    '![a](https:evil.example/a.png)',
    '![a](https:\\\\evil.example\\a.png)',
    '![a]( https://evil.example/a.png )',
    '![a](HTTPS://EVIL.EXAMPLE/a.png)',
    '![a][ref]\n\n[ref]: https://evil.example/a.png',
  ])('never embeds an image of an unlisted host: %s', (source) => {
    const html = renderMarkdown(source, ALLOWED);
    for (const base of ['https://hub.invalid/', 'http://hub.invalid/']) {
      for (const src of imgSources(html)) expect(new URL(src, base).host).toMatch(/^(hub\.invalid|img\.example)$/);
    }
    expect(html).toContain('<a ');
  });

  it('keeps only the alt text of a remote image inside a link (a badge), never a link inside a link', () => {
    const html = renderMarkdown('[![stato della build](https://evil.example/badge.svg)](https://ci.example/progetto)');
    expect(html).toBe('<p><a href="https://ci.example/progetto" rel="nofollow noopener noreferrer" target="_blank">stato della build</a></p>\n');
    const allowed = renderMarkdown('[![stato](https://img.example/badge.svg)](https://ci.example/progetto)', ALLOWED);
    expect(imgSources(allowed)).toEqual(['https://img.example/badge.svg']);
  });

  it('turns a remote <img> into a link in the sanitiser too, escaping its alt text, idempotently', () => {
    const html = sanitize('<p><img src="https://evil.example/p.png" alt="<b>x</b>" onerror="alert(1)"></p>');
    expect(html).toBe('<p><a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">&lt;b&gt;x&lt;/b&gt;</a></p>');
    expect(sanitize(html)).toBe(html);
    const kept = renderMarkdown('![a](https://img.example/a.png)', ALLOWED);
    expect(sanitize(kept, ALLOWED)).toBe(kept);
  });

  it('drops the href of an image with a dangerous scheme, as for links', () => {
    const html = sanitize('<img src="javascript:alert(1)" alt="x"><img src="data:image/png;base64,AAAA" alt="y">');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).not.toContain('<img');
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
