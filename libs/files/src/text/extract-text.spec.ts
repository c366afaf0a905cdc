import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { extractText, xmlText } from './extract-text.js';

const open = (data: Buffer) => () => Promise.resolve(Readable.from([data]));

/** A PDF page showing `content` (a content stream, Flate-compressed), with an optional ToUnicode CMap. */
function pdf(content: string, cmap?: string): Buffer {
  const stream = (body: string) => {
    const data = deflateSync(Buffer.from(body, 'latin1'));
    return Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream\n')]);
  };
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n1 0 obj\n'),
    stream(content),
    Buffer.from('endobj\n2 0 obj\n'),
    ...(cmap ? [stream(cmap)] : []),
    Buffer.from('endobj\n%%EOF\n'),
  ]);
}

describe('extractText', () => {
  it('reads the literal strings of a PDF, with escapes, kerning and WinAnsi characters', async () => {
    const content = 'BT /F1 12 Tf 72 720 Td (Sportello unico \\(SUAP\\)) Tj 0 -14 Td [(attivit) 20 (\\340) -300 (produttive)] TJ T* (costo 5 \\200) Tj ET';
    const data = pdf(content);
    expect(await extractText(open(data), 'application/pdf', data.length)).toBe('Sportello unico (SUAP) attività produttive costo 5 €');
  });

  it('reads hex strings of subset fonts through the ToUnicode CMap', async () => {
    const cmap = '/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <0050> <02> <0045> endbfchar 1 beginbfrange <03> <04> <0043> endbfrange endcmap';
    const data = pdf('BT /F2 11 Tf <0102030401> Tj ET', cmap);
    expect(await extractText(open(data), 'application/pdf', data.length)).toBe('PECDP');
  });

  it('gives up quietly on damaged and hostile PDFs', async () => {
    const bomb = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n'), deflateSync(Buffer.alloc(64 * 2 ** 20, 0x41)), Buffer.from('\nendstream\nendobj\n')]);
    expect(await extractText(open(bomb), 'application/pdf', bomb.length)).toBe('');
    const cut = pdf('BT (testo) Tj ET').subarray(0, 60);
    expect(await extractText(open(cut), 'application/pdf', cut.length)).toBe('');
  });

  it('reads text files in their charset and skips types without text', async () => {
    const latin = Buffer.from('Cefal\xf9;Forl\xec\n', 'latin1');
    expect(await extractText(open(latin), 'text/csv; charset=windows-1252', latin.length)).toBe('Cefalù;Forlì');
    expect(await extractText(open(Buffer.from('x')), 'image/png', 1)).toBeNull();
  });

  it('takes paragraphs and entities out of XML', () => {
    expect(xmlText('<w:p><w:r><w:t>Costi &amp; benefici</w:t></w:r></w:p><w:p><w:t>Città&#xE0;</w:t></w:p>')).toBe('Costi & benefici\nCittàà\n');
  });
});
