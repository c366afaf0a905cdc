import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EXTRACTION_LIMITS, extractText } from '@app/files';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { rng } from '../../apps/api/src/seed/demo-ids.js';
import { docx, elf, exe, jpeg, odt, pdf, png, upload, zip } from '../documents/files.js';

const FILES = Number(process.env.FUZZ_FILES ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20110922);
/** The answers POST /files may give to a file it does not like; anything else (5xx above all) is a fault. */
const UPLOAD_STATUSES = new Set([201, 400, 413, 415]);
/** Every kind of text extraction, whatever the file really holds. */
const EXTRACTED_AS = [
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain; charset=utf-8',
  'text/csv; charset=windows-1252',
];

describe('fuzzing uploads and text extraction with random and damaged files', () => {
  let t: TestApp;
  let member: SeededMember;
  const random = rng(SEED);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));

  /** Well-formed files of every allowed kind and a few refused ones: what the mutations start from. */
  const corpus: Buffer[] = [
    pdf('Convenzione di riuso del protocollo informatico'),
    docx('Kit di riuso: modulistica SUAP'),
    odt('Documentazione tecnica della conservazione digitale'),
    zip([{ name: 'dati/pratiche.csv', data: 'titolo;regione\nSUAP;Puglia\n' }, { name: 'leggimi.txt', data: 'kit', stored: true }]),
    png(),
    jpeg(),
    Buffer.from('ente;servizio;anno\nComune di Bari;pagoPA;2011\nComune di Lecce;SUAP;2012\n'),
    Buffer.from('Verbale della riunione di avvio a Lamezia Terme.\n'),
    Buffer.from('<!doctype html><script>alert(1)</script>'),
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    exe(),
    elf(),
  ];

  /** One hostile file: a kind of damage picked at random. */
  function hostileFile(): Buffer {
    const base = pick(corpus);
    switch (int(7)) {
      case 0: // truncated anywhere
        return base.subarray(0, int(base.length + 1));
      case 1: {
        // bytes flipped
        const copy = Buffer.from(base);
        for (let i = 0, n = 1 + int(16); i < n && copy.length; i++) copy[int(copy.length)] = int(256);
        return copy;
      }
      case 2: // random bytes
        return bytes(int(4096));
      case 3: // a true signature then noise
        return Buffer.concat([base.subarray(0, 4 + int(60)), bytes(int(2048))]);
      case 4: // a slice from the middle
        return base.subarray(int(base.length), base.length);
      case 5: // two files glued
        return Buffer.concat([base, pick(corpus)]);
      default: {
        // lengths and offsets in the ZIP and PDF structures pointed far away
        const copy = Buffer.from(base);
        for (let i = 0, n = 1 + int(4); i + 4 <= copy.length && i < n; i++) copy.writeUInt32LE(pick([0, 0xffffffff, 0x7fffffff, int(2 ** 32)]), int(copy.length - 3));
        return copy;
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000000/60' } });
    member = await t.seed.member();
  });
  afterAll(() => t?.close());

  it(`answers ${FILES} random and damaged uploads with 201, 400, 413 or 415 and never fails`, async () => {
    const statuses = new Map<number, number>();
    for (let i = 0; i < FILES; i++) {
      const data = hostileFile();
      const res = await upload(t, member, { name: pick(['kit.pdf', 'dati.csv', 'relazione.docx', 'archivio.zip', 'foto.png', 'senza-nome', '../../etc/passwd']), data });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (!UPLOAD_STATUSES.has(res.status)) throw new Error(`file ${i} (${data.length} byte, ${data.subarray(0, 16).toString('hex')}): ${res.status} ${JSON.stringify(res.body)}`);
      if (res.status !== 201) expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    process.stdout.write(`files fuzz: ${FILES} uploads (seed ${SEED}): ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}\n`);
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(200);
    // Nothing refused was kept, and nothing stays half-written in the staging folder.
    const [{ stored }] = await t.dataSource.query(`SELECT count(*)::int AS stored FROM uploaded_file`);
    expect(stored).toBeLessThanOrEqual(statuses.get(201) ?? 0);
    const staging = join(t.config.filesDir, '.staging');
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
  });

  it(`extracts text from ${FILES} random and damaged files of every kind without throwing, within the limits`, async () => {
    const limits = { ...EXTRACTION_LIMITS, timeoutMs: 1000 };
    for (let i = 0; i < FILES; i++) {
      const data = hostileFile();
      const contentType = pick(EXTRACTED_AS);
      const started = Date.now();
      const text = await extractText(async () => Readable.from([data]), contentType, data.length, limits);
      if (text !== null && typeof text !== 'string') throw new Error(`file ${i} as ${contentType}: ${typeof text}`);
      expect(text === null || text.length <= limits.maxChars).toBe(true);
      // Bounded by the deadline, with room for one part in progress when it passes.
      expect(Date.now() - started).toBeLessThan(limits.timeoutMs * 5);
    }
  });
});
