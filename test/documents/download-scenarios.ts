import { expect, it } from '@jest/globals';
import { SignedUrls } from '@app/files';
import { Region } from '@app/members';
import { PracticeStatus } from '@app/practices';
import type { TestApp } from '@app/testing';
import { ATTACH, REMOVE, REPLACE } from './document-operations.js';
import { pdf, uploaded } from './files.js';

/** GET (or HEAD) of a document URL as answered by the API, on the test server. */
export async function download(t: TestApp, url: string, headers: Record<string, string> = {}, method = 'GET') {
  const { pathname, search } = new URL(url);
  const res = await fetch(`${t.baseUrl}${pathname}${search}`, { method, headers });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

/** A member with a practice they are a contact of. */
async function contactOf(t: TestApp, status = PracticeStatus.PUBLISHED) {
  const contact = await t.seed.member();
  const practice = await t.seed.practice({ status, contactIds: [contact.id], title: 'Protocollo informatico federato' });
  return { contact, practice };
}

/** Upload, attach to the practice, and the answer of attachDocument. */
async function attached(t: TestApp, actor: { token: string }, owner: { practiceId?: string; twinningId?: string }, name: string, data: Buffer) {
  const file = await uploaded(t, actor, { name, data });
  const res = await t.gql(actor, ATTACH, { input: { ...owner, fileId: file.id, title: 'Manuale di gestione', kind: 'TECHNICAL' } });
  expect(res.errors).toBeUndefined();
  return res.data.attachDocument;
}

/**
 * Downloads: the same bytes with the headers of runtime.md, ranges, conditional requests, versions
 * and who may download what. Run against each storage driver.
 */
export function downloadScenarios(app: () => TestApp): void {
  it('downloads the bytes that were uploaded, as an attachment of the stored type, never sniffed, with the sha256 as ETag', async () => {
    const t = app();
    const { contact, practice } = await contactOf(t);
    const data = pdf('Manuale di gestione del protocollo');
    const document = await attached(t, contact, { practiceId: practice.id }, 'Manuale di gestione – Città di Cefalù.pdf', data);

    const { res, body } = await download(t, document.url);

    expect(res.status).toBe(200);
    expect(body.equals(data)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-length')).toBe(String(data.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('etag')).toBe(`"${document.sha256}"`);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Manuale di gestione ? Citt? di Cefal?.pdf"; filename*=UTF-8''Manuale%20di%20gestione%20%E2%80%93%20Citt%C3%A0%20di%20Cefal%C3%B9.pdf`,
    );
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('serves byte ranges (206), answers 416 past the end, and the whole file for several ranges or another If-Range', async () => {
    const t = app();
    const { contact, practice } = await contactOf(t);
    const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => `riga ${i};valore ${i}\n`).join(''));
    const document = await attached(t, contact, { practiceId: practice.id }, 'dati.csv', data);
    const size = data.length;

    const first = await download(t, document.url, { range: 'bytes=0-99' });
    expect(first.res.status).toBe(206);
    expect(first.res.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(first.body.equals(data.subarray(0, 100))).toBe(true);

    const middle = await download(t, document.url, { range: `bytes=1000-${size + 500}` });
    expect(middle.res.headers.get('content-range')).toBe(`bytes 1000-${size - 1}/${size}`);
    expect(middle.body.equals(data.subarray(1000))).toBe(true);

    const tail = await download(t, document.url, { range: 'bytes=-10' });
    expect(tail.body.equals(data.subarray(size - 10))).toBe(true);

    const past = await download(t, document.url, { range: `bytes=${size}-` });
    expect(past.res.status).toBe(416);
    expect(past.res.headers.get('content-range')).toBe(`bytes */${size}`);

    const wholeFile: Array<Record<string, string>> = [{ range: 'bytes=0-1,5-6' }, { range: 'bytes=0-9', 'if-range': '"un-altro-etag"' }];
    for (const headers of wholeFile) {
      const whole = await download(t, document.url, headers);
      expect(whole.res.status).toBe(200);
      expect(whole.body.length).toBe(size);
    }
    const same = await download(t, document.url, { range: 'bytes=0-9', 'if-range': `"${document.sha256}"` });
    expect(same.res.status).toBe(206);
  });

  it('answers 304 to If-None-Match with its ETag, and HEAD with the headers alone', async () => {
    const t = app();
    const { contact, practice } = await contactOf(t);
    const document = await attached(t, contact, { practiceId: practice.id }, 'nota.pdf', pdf('Nota'));
    const cached = await download(t, document.url, { 'if-none-match': `W/"x", "${document.sha256}"` });
    expect(cached.res.status).toBe(304);
    expect(cached.body.length).toBe(0);
    const head = await download(t, document.url, {}, 'HEAD');
    expect(head.res.status).toBe(200);
    expect(head.res.headers.get('content-length')).toBe(String(document.sizeBytes));
    expect(head.body.length).toBe(0);
  });

  it('keeps every version downloadable after a replace, the document URL giving the newest', async () => {
    const t = app();
    const { contact, practice } = await contactOf(t);
    const v1 = pdf('Prima versione');
    const v2 = pdf('Seconda versione, con i moduli nuovi');
    const document = await attached(t, contact, { practiceId: practice.id }, 'moduli.pdf', v1);
    const next = await uploaded(t, contact, { name: 'moduli-2012.pdf', data: v2 });
    const replaced = (await t.gql(contact, REPLACE, { input: { documentId: document.id, fileId: next.id, changeSummary: 'Moduli 2012' } })).data.replaceDocument;

    expect((await download(t, replaced.url)).body.equals(v2)).toBe(true);
    const [newest, oldest] = replaced.versions;
    const second = await download(t, newest.url);
    expect(second.body.equals(v2)).toBe(true);
    expect(second.res.headers.get('content-disposition')).toBe('attachment; filename=moduli-2012.pdf');
    const first = await download(t, oldest.url);
    expect(first.body.equals(v1)).toBe(true);
    expect(first.res.headers.get('etag')).toBe(`"${document.sha256}"`);
    expect((await download(t, replaced.url.replace(/$/, '/versions/3'))).res.status).toBe(404);
  });

  it('asks for a key or a token for a draft practice’s document: 401 without, 404 for a member who may not see it', async () => {
    const t = app();
    const { contact, practice } = await contactOf(t, PracticeStatus.DRAFT);
    const data = pdf('Bozza riservata');
    const document = await attached(t, contact, { practiceId: practice.id }, 'bozza.pdf', data);
    const bare = document.url.split('?')[0];
    expect(document.url).toContain('?key=');

    expect((await download(t, document.url)).body.equals(data)).toBe(true);
    const anonymous = await download(t, bare);
    expect(anonymous.res.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const withToken = await download(t, bare, { authorization: `Bearer ${contact.token}` });
    expect(withToken.res.status).toBe(200);
    expect(withToken.res.headers.get('cache-control')).toBe('private, no-cache');
    const stranger = await t.seed.member();
    expect((await download(t, bare, { authorization: `Bearer ${stranger.token}` })).res.status).toBe(404);

    const key = new URL(document.url).searchParams.get('key')!;
    const tampered = key.replace(/\.(.)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect((await download(t, `${bare}?key=${tampered}`)).res.status).toBe(401);
    expect((await download(t, `${bare}/versions/1?key=${key}`)).res.status).toBe(401);
    const expired = t.app.get(SignedUrls).sign(new URL(bare).pathname, Date.now() - 3 * 3600 * 1000);
    expect((await download(t, `${t.baseUrl}${expired}`)).res.status).toBe(401);
  });

  it('gives a twinning’s documents to signed-in members only, and nothing of a removed document', async () => {
    const t = app();
    const receiving = await t.seed.administration({ region: Region.SICILIA });
    const member = await t.seed.member({ administrationId: receiving.id });
    const practice = await t.seed.practice();
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: member.id, receivingAdministrationIds: [receiving.id] });
    const data = pdf('Piano di lavoro del gemellaggio');
    const document = await attached(t, member, { twinningId: twinning.id }, 'piano.pdf', data);
    const bare = document.url.split('?')[0];

    expect((await download(t, bare)).res.status).toBe(401);
    const reader = await t.seed.member();
    expect((await download(t, bare, { authorization: `Bearer ${reader.token}` })).body.equals(data)).toBe(true);

    await t.gql(member, REMOVE, { id: document.id });
    expect((await download(t, document.url)).res.status).toBe(404);
    expect((await download(t, bare, { authorization: `Bearer ${reader.token}` })).res.status).toBe(404);
  });
}
