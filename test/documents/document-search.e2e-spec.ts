import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region } from '@app/members';
import { DocumentVersionEntity, PracticeStatus } from '@app/practices';
import { Actor, startTestApp, TestApp } from '@app/testing';
import { ATTACH, REPLACE } from './document-operations.js';
import { docx, odt, pdf, textExtracted, uploaded } from './files.js';

const SEARCH = `query ($query: String!, $kinds: [SearchKind!]) {
  search(query: $query, kinds: $kinds) {
    totalCount
    nodes { snippet hit { __typename ... on Document { id title version } ... on Practice { id } } }
  }
}`;

interface Hit {
  snippet: string;
  hit: { __typename: string; id: string; title?: string; version?: number };
}

describe('documents in search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60', RATE_LIMIT_SEARCH: '1000/60' } });
  });
  afterAll(() => t.close());

  async function search(actor: Actor, query: string, kinds?: string[]): Promise<Hit[]> {
    const res = await t.gql(actor, SEARCH, { query, kinds });
    expect(res.errors).toBeUndefined();
    return res.data.search.nodes;
  }

  async function attach(actor: { token: string }, owner: Record<string, string>, title: string, file: { name: string; data: Buffer }) {
    const upload = await uploaded(t, actor, file);
    const res = await t.gql(actor, ATTACH, { input: { ...owner, fileId: upload.id, title, kind: 'REUSE_KIT' } });
    expect(res.errors).toBeUndefined();
    return res.data.attachDocument;
  }

  it('finds a document, and its practice, by a word found only inside its PDF, with a snippet of the text', async () => {
    const contact = await t.seed.member();
    const practice = await t.seed.practice({ title: 'Gestione documentale integrata', contactIds: [contact.id] });
    const document = await attach(contact, { practiceId: practice.id }, 'Manuale operativo', {
      name: 'manuale.pdf',
      data: pdf('Il fascicolo elettronico segue la conservazione sostitutiva presso Mongolfiera.'),
    });
    await textExtracted(t);
    const version = await t.dataSource.getRepository(DocumentVersionEntity).findOneOrFail({ where: { documentId: document.id }, select: { id: true, text: true } });
    expect(version.text).toContain('conservazione sostitutiva presso Mongolfiera');

    const hits = await search(null, 'mongolfiera');
    expect(hits.map((h) => [h.hit.__typename, h.hit.id])).toEqual([
      ['Document', document.id],
      ['Practice', practice.id],
    ]);
    expect(hits[0].snippet).toContain('<mark>Mongolfiera</mark>');
    expect(hits[0].hit).toMatchObject({ title: 'Manuale operativo', version: 1 });
    expect((await search(null, 'mongolfiera', ['DOCUMENT'])).map((h) => h.hit.__typename)).toEqual(['Document']);
  });

  it('indexes the text of Office and OpenDocument files and CSV, and the title alone at once', async () => {
    const contact = await t.seed.member();
    const practice = await t.seed.practice({ contactIds: [contact.id] });
    const word = await attach(contact, { practiceId: practice.id }, 'Relazione finale', { name: 'relazione.docx', data: docx('Risultati del progetto Girandola nei comuni') });
    const writer = await attach(contact, { practiceId: practice.id }, 'Delibera tipo', { name: 'delibera.odt', data: odt('Schema di delibera per il riuso Zampogna') });
    const table = await attach(contact, { practiceId: practice.id }, 'Dati di adozione', { name: 'adozioni.csv', data: Buffer.from('comune;stato\nTropea;Ciaramella attiva\nScilla;in corso\n') });
    expect((await search(null, 'delibera', ['DOCUMENT'])).map((h) => h.hit.id)).toEqual([writer.id]);
    await textExtracted(t);
    expect((await search(null, 'girandola', ['DOCUMENT'])).map((h) => h.hit.id)).toEqual([word.id]);
    expect((await search(null, 'zampogna', ['DOCUMENT'])).map((h) => h.hit.id)).toEqual([writer.id]);
    expect((await search(null, 'ciaramella', ['DOCUMENT'])).map((h) => h.hit.id)).toEqual([table.id]);
  });

  it('searches the current version: a replaced file stops matching, the new one matches once extracted', async () => {
    const contact = await t.seed.member();
    const practice = await t.seed.practice({ contactIds: [contact.id] });
    const document = await attach(contact, { practiceId: practice.id }, 'Capitolato tecnico', { name: 'capitolato.pdf', data: pdf('Clausola Arcobaleno per i fornitori') });
    await textExtracted(t);
    expect(await search(null, 'arcobaleno', ['DOCUMENT'])).toHaveLength(1);
    const next = await uploaded(t, contact, { name: 'capitolato-2.pdf', data: pdf('Clausola Temporale per i fornitori') });
    await t.gql(contact, REPLACE, { input: { documentId: document.id, fileId: next.id, changeSummary: 'Nuova clausola' } });
    await textExtracted(t);
    expect(await search(null, 'arcobaleno', ['DOCUMENT'])).toEqual([]);
    expect((await search(null, 'temporale', ['DOCUMENT'])).map((h) => h.hit.version)).toEqual([2]);
  });

  it('shows documents only to whoever may see them: a twinning’s to signed-in members, a draft’s to its contacts', async () => {
    const receiving = await t.seed.administration({ region: Region.CAMPANIA });
    const member = await t.seed.member({ administrationId: receiving.id });
    const practice = await t.seed.practice();
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: member.id, receivingAdministrationIds: [receiving.id] });
    const ofTwinning = await attach(member, { twinningId: twinning.id }, 'Verbale riservato', { name: 'verbale.txt', data: Buffer.from('Verbale della riunione Pandoro') });
    const contact = await t.seed.member();
    const draft = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [contact.id] });
    const ofDraft = await attach(contact, { practiceId: draft.id }, 'Bozza riservata', { name: 'bozza.txt', data: Buffer.from('Bozza sul progetto Pandoro') });
    await textExtracted(t);

    const reader = await t.seed.member();
    expect(await search(null, 'pandoro')).toEqual([]);
    expect((await search(reader, 'pandoro')).map((h) => h.hit.id)).toEqual([ofTwinning.id]);
    expect((await search(contact, 'pandoro', ['DOCUMENT'])).map((h) => h.hit.id).sort()).toEqual([ofTwinning.id, ofDraft.id].sort());
    expect((await search(contact, 'pandoro', ['PRACTICE'])).map((h) => h.hit.id)).toEqual([draft.id]);
    // A practice is not found by the words of its twinnings' documents.
    expect((await search(reader, 'pandoro', ['PRACTICE']))).toEqual([]);
  });
});
