import { describe, expect, it } from '@jest/globals';
import { judgeText, StreamFacts } from './file-kinds.js';
import { sanitizeFileName, withExtension } from './file-name.js';

const facts = (text: string | Buffer, sizeBytes?: number): StreamFacts => {
  const sample = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return { sample, sizeBytes: sizeBytes ?? sample.length, sawNul: sample.includes(0) };
};

describe('judgeText', () => {
  it('tells a table (one separator, the same count on every line) from plain text', () => {
    expect(judgeText(facts('a;b;c\n1;2;3\n4;"5;6";7\n'))?.contentType).toBe('text/csv; charset=utf-8');
    expect(judgeText(facts('nome,anno\nSUAP,2010'))?.contentType).toBe('text/csv; charset=utf-8');
    expect(judgeText(facts('Una riga, con una virgola.\nUn’altra riga senza.'))?.contentType).toBe('text/plain; charset=utf-8');
  });

  it('reads a legacy 8-bit file as windows-1252', () => {
    expect(judgeText(facts(Buffer.from('Cefal\xf9 e Forl\xec\n', 'latin1')))?.contentType).toBe('text/plain; charset=windows-1252');
  });

  it('accepts a UTF-8 character cut by the end of the sample', () => {
    const cut = Buffer.from('città'.repeat(10)).subarray(0, 49);
    expect(judgeText(facts(cut, 10_000))?.contentType).toBe('text/plain; charset=utf-8');
  });

  it('refuses markup, scripts, control bytes and empty files', () => {
    for (const text of ['<!doctype html><p>x</p>', '\ufeff  <svg/>', '<?xml version="1.0"?>', '#!/usr/bin/env node', 'a\u0001b', '']) {
      expect(judgeText(facts(text))).toBeNull();
    }
    expect(judgeText({ ...facts('testo'), sawNul: true })).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  it('keeps the last segment of a path, in Unicode (NFC)', () => {
    expect(sanitizeFileName('..\\..\\Documenti/Relazione – Città di Forlì.pdf')).toBe('Relazione – Città di Forlì.pdf');
    expect(sanitizeFileName('Citta\u0300.pdf')).toBe('Città.pdf');
  });

  it('drops control and invisible characters, leading dots and spaces', () => {
    expect(sanitizeFileName('\u0007a\u200bb\u202ec.txt')).toBe('abc.txt');
    expect(sanitizeFileName(' ..\t.env ')).toBe('env');
    expect(sanitizeFileName('...')).toBe('documento');
  });

  it('shortens a long name keeping its extension', () => {
    const name = sanitizeFileName(`${'lungo '.repeat(60)}.pdf`);
    expect([...name].length).toBeLessThanOrEqual(180);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('withExtension', () => {
  it('keeps an extension of the type and appends the first one otherwise', () => {
    expect(withExtension('dati.CSV', ['csv', 'txt'])).toBe('dati.CSV');
    expect(withExtension('avvio.bat', ['txt'])).toBe('avvio.bat.txt');
    expect(withExtension('scansione', ['jpg', 'jpeg'])).toBe('scansione.jpg');
  });
});
