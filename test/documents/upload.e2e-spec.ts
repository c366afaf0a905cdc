import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { UploadCleanup, UploadedFileEntity } from '@app/files';
import { settle, startTestApp, TestApp } from '@app/testing';
import { docx, elf, exe, jpeg, odt, pdf, png, sha256, upload, uploaded, zip } from './files.js';

const LIMIT_BYTES = 1024 * 1024;

/** Every stored file under FILES_DIR (the staging folder aside). */
function storedFiles(t: TestApp): string[] {
  const dir = t.config.filesDir;
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.includes('.staging'))
    .map((e) => join(e.parentPath, e.name));
}

function stagedFiles(t: TestApp): string[] {
  const dir = join(t.config.filesDir, '.staging');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * A raw HTTP exchange: writes `head` then `body` chunks (pausing `pauseMs` between them) until the
 * server answers, and resolves with the answer and how many chunks had been sent by then.
 */
function rawExchange(t: TestApp, head: string, chunks: Buffer[], pauseMs = 5): Promise<{ response: string; sent: number }> {
  const port = Number(new URL(t.baseUrl).port);
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    let sentWhenAnswered: number | null = null;
    socket.on('data', (d) => {
      sentWhenAnswered ??= sent;
      response += d.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ response, sent: sentWhenAnswered ?? sent }));
    socket.write(head);
    const next = () => {
      if (sentWhenAnswered !== null || socket.destroyed || sent >= chunks.length) return;
      socket.write(chunks[sent++], () => setTimeout(next, pauseMs));
    };
    next();
    // The exchange ends when the server closes the connection.
    setTimeout(() => socket.destroy(), 15_000).unref();
  });
}

describe('POST /files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { MAX_UPLOAD_MB: '1', RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(() => t.close());

  it('stores a PDF under its sha256 and answers 201 with its id, name, type, size and hash', async () => {
    const member = await t.seed.member();
    const data = pdf('Convenzione per il riuso del SUAP');
    const res = await upload(t, member, { name: 'Convenzione di riuso.pdf', data, type: 'application/pdf' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      fileName: 'Convenzione di riuso.pdf',
      contentType: 'application/pdf',
      sizeBytes: data.length,
      sha256: sha256(data),
    });
    const row = await t.dataSource.getRepository(UploadedFileEntity).findOneByOrFail({ id: res.body.id });
    expect(row).toMatchObject({ uploadedById: member.id, attachedAt: null, sizeBytes: data.length });
    const stored = join(t.config.filesDir, sha256(data).slice(0, 2), sha256(data));
    expect(readFileSync(stored).equals(data)).toBe(true);
    expect(stagedFiles(t)).toEqual([]);
  });

  it('judges the type by the content: every allowed kind is accepted whatever the client says, with its own type', async () => {
    const member = await t.seed.member();
    const cases: Array<[string, Buffer, string]> = [
      ['foto.png', png(), 'image/png'],
      ['foto.jpg', jpeg(), 'image/jpeg'],
      ['relazione.docx', docx('Relazione finale'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['relazione.odt', odt('Relazione finale'), 'application/vnd.oasis.opendocument.text'],
      ['kit.zip', zip([{ name: 'leggimi.txt', data: 'Kit di riuso' }]), 'application/zip'],
      ['dati.csv', Buffer.from('comune;abitanti\nAcerra;59000\nNola;34000\n'), 'text/csv; charset=utf-8'],
      ['note.txt', Buffer.from('Note sul trasferimento della pratica, città per città.\n'), 'text/plain; charset=utf-8'],
      ['vecchio.csv', Buffer.from('comune;località\nCefalù;Sant\xe0\n', 'latin1'), 'text/csv; charset=windows-1252'],
    ];
    for (const [name, data, type] of cases) {
      const res = await upload(t, member, { name, data, type: 'application/x-whatever' });
      expect({ name, status: res.status, type: res.body.contentType }).toEqual({ name, status: 201, type });
    }
  });

  it('refuses with 415 a .pdf whose content is HTML, SVG, executables and scripts, storing nothing', async () => {
    const member = await t.seed.member();
    const before = { rows: await t.count(UploadedFileEntity), files: storedFiles(t).length };
    const cases: Array<[string, Buffer]> = [
      ['bando.pdf', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')],
      ['pagina.txt', Buffer.from('  <html><body>ciao</body></html>')],
      ['logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
      ['dati.xml', Buffer.from('<?xml version="1.0"?><dati/>')],
      ['setup.pdf', exe()],
      ['programma', elf()],
      ['installa.txt', Buffer.from('#!/bin/sh\nrm -rf /\n')],
      ['binario.txt', Buffer.from([0x41, 0x00, 0x42, 0x43])],
      ['documento.docm', zip([{ name: '[Content_Types].xml', data: '<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>' }])],
    ];
    for (const [name, data] of cases) {
      const res = await upload(t, member, { name, data, type: 'application/pdf' });
      expect({ name, status: res.status, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ name, status: 415, code: 'BAD_USER_INPUT' });
      expect(res.body.errors[0].message).toContain('Tipo di file non ammesso');
    }
    expect(await t.count(UploadedFileEntity)).toBe(before.rows);
    expect(storedFiles(t)).toHaveLength(before.files);
    expect(stagedFiles(t)).toEqual([]);
  });

  it('answers 401 without a valid token of an active member, reading nothing', async () => {
    const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
    const file = { name: 'a.txt', data: Buffer.from('testo') };
    for (const actor of [null, { token: 'non-un-token' }, suspended]) {
      const res = await upload(t, actor, file);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 413 to a declared length over MAX_UPLOAD_MB before the body is sent', async () => {
    const member = await t.seed.member();
    const head =
      `POST /files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${member.token}\r\n` +
      `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${200 * LIMIT_BYTES}\r\n\r\n`;
    const started = Date.now();
    const { response } = await rawExchange(t, head, []);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain('Il file supera il limite di 1 MB');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('cuts off a streamed upload at MAX_UPLOAD_MB: 413 while the client is still sending, nothing kept', async () => {
    const member = await t.seed.member();
    const rowsBefore = await t.count(UploadedFileEntity);
    const head =
      `POST /files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${member.token}\r\n` +
      `Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
    const preamble = Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="grande.txt"\r\nContent-Type: text/plain\r\n\r\n');
    // 8 MB offered in 64 KB chunks: the server must answer long before the end, which never comes.
    const chunks = [chunk(preamble), ...Array.from({ length: 128 }, () => chunk(Buffer.alloc(64 * 1024, 0x61)))];
    const { response, sent } = await rawExchange(t, head, chunks);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(sent).toBeLessThan(chunks.length / 2);
    await settle(200);
    expect(await t.count(UploadedFileEntity)).toBe(rowsBefore);
    expect(stagedFiles(t)).toEqual([]);
  });

  it('accepts a file of exactly MAX_UPLOAD_MB', async () => {
    const member = await t.seed.member();
    const data = Buffer.alloc(LIMIT_BYTES, 0x62);
    const res = await upload(t, member, { name: 'limite.txt', data });
    expect(res.status).toBe(201);
    expect(res.body.sizeBytes).toBe(LIMIT_BYTES);
  });

  it('stores the exact bytes of a binary file that arrives in hundreds of pieces, many ending like the start of the boundary', async () => {
    const member = await t.seed.member();
    const boundary = 'confine-del-kit-0123456789';
    // Random bytes cut by the first characters of the delimiter ("\r\n--confine…"): the parser
    // must keep them aside until the next piece shows they are data.
    const pieces = Array.from({ length: 300 }, (_, i) => Buffer.concat([randomBytes(900 + (i % 7) * 31), Buffer.from(`\r\n--${boundary}`.slice(0, 1 + (i % 12)))]));
    const data = zip([{ name: 'dati.bin', data: Buffer.concat(pieces), stored: true }]);
    const preamble = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kit.zip"\r\n\r\n`);
    const body = Buffer.concat([preamble, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const head =
      `POST /files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${member.token}\r\nConnection: close\r\n` +
      `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`;
    // The pieces as they were made (the zip's own header first), each its own write.
    const cuts = [0, preamble.length + 30 + 'dati.bin'.length];
    for (const piece of pieces) cuts.push(cuts[cuts.length - 1] + piece.length);
    cuts.push(body.length);
    const chunks = cuts.slice(1).map((end, i) => body.subarray(cuts[i], end));

    const { response } = await rawExchange(t, head, chunks, 0);

    expect(response).toMatch(/^HTTP\/1\.1 201 /);
    const answer = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
    expect(answer).toMatchObject({ contentType: 'application/zip', sizeBytes: data.length, sha256: sha256(data) });
    expect(readFileSync(join(t.config.filesDir, answer.sha256.slice(0, 2), answer.sha256)).equals(data)).toBe(true);
  });

  it('keeps names in Unicode without paths, control or invisible characters, and gives a text the extension of its type', async () => {
    const member = await t.seed.member();
    const text = Buffer.from('testo');
    const names: Array<[string, string]> = [
      ['Relazione finale – Comune di Cefalù.txt', 'Relazione finale – Comune di Cefalù.txt'],
      ['../../etc/passwd.txt', 'passwd.txt'],
      ['C:\\Users\\rossi\\Desktop\\nota.txt', 'nota.txt'],
      ['fattura\u202Etxt.exe', 'fatturatxt.exe.txt'],
      ['istruzioni.bat', 'istruzioni.bat.txt'],
      ['   .nascosto.txt', 'nascosto.txt'],
      ['a<b>c?.txt', 'a_b_c_.txt'],
      ['', 'documento.txt'],
    ];
    for (const [name, expected] of names) {
      const res = await upload(t, member, { name, data: text });
      expect({ name, status: res.status, fileName: res.body.fileName }).toEqual({ name, status: 201, fileName: expected });
    }
    // Control characters reach the server only percent-encoded (RFC 5987), as raw ones are not allowed in a header.
    const body = Buffer.concat([
      Buffer.from(`--x\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''con%07trol%1Blo%C2%85%E2%80%8B.txt\r\n\r\n`),
      text,
      Buffer.from('\r\n--x--\r\n'),
    ]);
    const raw = await fetch(`${t.baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}`, 'content-type': 'multipart/form-data; boundary=x' },
      body,
    });
    expect(raw.status).toBe(201);
    expect(((await raw.json()) as { fileName: string }).fileName).toBe('controllo.txt');
  });

  it('answers 400 without a part named file, to a body that is not multipart, and to an empty file', async () => {
    const member = await t.seed.member();
    const wrongField = await upload(t, member, { name: 'a.txt', data: Buffer.from('testo'), field: 'allegato' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });

    const json = await fetch(`${t.baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}`, 'content-type': 'application/json' },
      body: '{"file":"x"}',
    });
    expect(json.status).toBe(400);

    const empty = await upload(t, member, { name: 'vuoto.txt', data: Buffer.alloc(0) });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].extensions.fields[0].message).toBe('il file è vuoto');
  });

  it('keeps nothing of an upload whose client goes away halfway', async () => {
    const member = await t.seed.member();
    const rowsBefore = await t.count(UploadedFileEntity);
    const filesBefore = storedFiles(t).length;
    const head =
      `POST /files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${member.token}\r\n` +
      `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 600000\r\n\r\n`;
    const port = Number(new URL(t.baseUrl).port);
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(head);
    socket.write('--x\r\nContent-Disposition: form-data; name="file"; filename="interrotto.txt"\r\n\r\n');
    socket.write(Buffer.alloc(200_000, 0x63));
    await settle(300);
    socket.destroy();
    await settle(500);
    expect(await t.count(UploadedFileEntity)).toBe(rowsBefore);
    expect(storedFiles(t)).toHaveLength(filesBefore);
    expect(stagedFiles(t)).toEqual([]);
  });

  it('stores one copy of the same bytes uploaded twice, as two uploads', async () => {
    const [a, b] = [await t.seed.member(), await t.seed.member()];
    const data = pdf('Stesso contenuto');
    const first = await uploaded(t, a, { name: 'uno.pdf', data });
    const second = await uploaded(t, b, { name: 'due.pdf', data });
    expect(first.id).not.toBe(second.id);
    expect(first.sha256).toBe(second.sha256);
    expect(storedFiles(t).filter((f) => f.endsWith(first.sha256))).toHaveLength(1);
  });
});

describe('POST /files and the write budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '2/60' } });
  });
  afterAll(() => t.close());

  it('counts an upload as a write: past RATE_LIMIT_WRITES, uploads and mutations answer 429 / RATE_LIMITED', async () => {
    const member = await t.seed.member();
    const file = { name: 'nota.txt', data: Buffer.from('nota') };
    expect((await upload(t, member, file)).status).toBe(201);
    expect((await upload(t, member, file)).status).toBe(201);
    const third = await upload(t, member, file);
    expect(third.status).toBe(429);
    expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    const mutation = await t.gql(member, `mutation { markNotificationsRead }`);
    expect(mutation.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('the clean-up of uploads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs every hour on Italian time, once across instances (one pg-boss schedule)', async () => {
    const schedules = await t.dataSource.query(`SELECT "cron", "timezone" FROM pgboss.schedule WHERE "name" = 'files.cleanup'`);
    expect(schedules).toEqual([{ cron: '17 * * * *', timezone: 'Europe/Rome' }]);
  });

  it('deletes uploads not attached within 24 hours and their bytes, keeping attached, recent and shared ones', async () => {
    const member = await t.seed.member();
    const stale = await uploaded(t, member, { name: 'vecchio.pdf', data: pdf('Vecchio') });
    const attached = await uploaded(t, member, { name: 'allegato.pdf', data: pdf('Allegato') });
    const recent = await uploaded(t, member, { name: 'recente.pdf', data: pdf('Recente') });
    const sharedOld = await uploaded(t, member, { name: 'condiviso.pdf', data: pdf('Condiviso') });
    const sharedNew = await uploaded(t, member, { name: 'condiviso-2.pdf', data: pdf('Condiviso') });
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    await t.dataSource.query(`UPDATE uploaded_file SET "createdAt" = $1 WHERE id = ANY($2::uuid[])`, [dayAgo, [stale.id, attached.id, sharedOld.id]]);
    await t.dataSource.query(`UPDATE uploaded_file SET "attachedAt" = now() WHERE id = $1`, [attached.id]);

    const deleted = await t.app.get(UploadCleanup).run();

    expect(deleted).toBe(2);
    const left = (await t.dataSource.getRepository(UploadedFileEntity).find()).map((f) => f.id).sort();
    expect(left).toEqual([attached.id, recent.id, sharedNew.id].sort());
    const names = storedFiles(t).map((f) => f.split('/').pop());
    expect(names).not.toContain(stale.sha256);
    expect(names).toEqual(expect.arrayContaining([attached.sha256, recent.sha256, sharedNew.sha256]));
    expect(await t.app.get(UploadCleanup).run()).toBe(0);
  });

  it('deletes the files of a removed document once they are a day old, never those of a live one', async () => {
    const contact = await t.seed.member();
    const practice = await t.seed.practice({ contactIds: [contact.id] });
    const attach = `mutation ($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`;
    const kept = await uploaded(t, contact, { name: 'tenuto.pdf', data: pdf('Tenuto') });
    const dropped = await uploaded(t, contact, { name: 'rimosso.pdf', data: pdf('Rimosso') });
    await t.gql(contact, attach, { input: { practiceId: practice.id, fileId: kept.id, title: 'Documento tenuto', kind: 'OTHER' } });
    const removed = await t.gql(contact, attach, { input: { practiceId: practice.id, fileId: dropped.id, title: 'Documento rimosso', kind: 'OTHER' } });
    await t.gql(contact, `mutation ($id: ID!) { removeDocument(documentId: $id) }`, { id: removed.data.attachDocument.id });
    await t.dataSource.query(`UPDATE uploaded_file SET "createdAt" = now() - interval '2 days' WHERE id = ANY($1::uuid[])`, [[kept.id, dropped.id]]);

    expect(await t.app.get(UploadCleanup).run()).toBe(1);

    expect(await t.count(UploadedFileEntity, { id: kept.id })).toBe(1);
    expect(await t.count(UploadedFileEntity, { id: dropped.id })).toBe(0);
    const names = storedFiles(t).map((f) => f.split('/').pop());
    expect(names).toContain(kept.sha256);
    expect(names).not.toContain(dropped.sha256);
  });
});
