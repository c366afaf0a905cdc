import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { UploadedFileEntity } from '@app/files';
import { Region } from '@app/members';
import { DocumentEntity, DocumentVersionEntity, PracticeStatus, PracticeUpdateEntity } from '@app/practices';
import { GqlResponse, startTestApp, TestApp } from '@app/testing';
import { ATTACH, DOCUMENT_FIELDS as FIELDS, REMOVE, REPLACE } from './document-operations.js';
import { docx, pdf, uploaded } from './files.js';

const DOCUMENT = `query ($id: ID!) { document(id: $id) { ${FIELDS} } }`;
const PRACTICE_DOCUMENTS = `query ($id: ID!) { practice(id: $id) { documents { id title version } updates { summary author { id } } } }`;
const TWINNING_DOCUMENTS = `query ($id: ID!) { twinning(id: $id) { id documents { id title } } }`;

const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;
const fieldsOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

describe('documents of practices and twinnings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(() => t.close());

  /** A practice with one contact, and an upload of that contact. */
  async function practiceWithUpload(status = PracticeStatus.PUBLISHED) {
    const contact = await t.seed.member({ displayName: 'Rosa Ferraro' });
    const practice = await t.seed.practice({ title: 'SUAP associato dei Monti Dauni', contactIds: [contact.id], status });
    const data = pdf('Convenzione tipo per il riuso del SUAP');
    const file = await uploaded(t, contact, { name: 'Convenzione di riuso.pdf', data });
    return { contact, practice, data, file };
  }

  it('lets a contact attach an upload to the practice: version 1, SPDX licence as the list spells it, listed on the practice and in its changelog', async () => {
    const { contact, practice, data, file } = await practiceWithUpload();
    const res = await t.gql(contact, ATTACH, {
      input: { practiceId: practice.id, fileId: file.id, title: '  Convenzione di riuso  ', kind: 'AGREEMENT', licence: 'eupl-1.2' },
    });
    expect(res.errors).toBeUndefined();
    const document = res.data.attachDocument;
    expect(document).toMatchObject({
      title: 'Convenzione di riuso',
      kind: 'AGREEMENT',
      licence: 'EUPL-1.2',
      fileName: 'Convenzione di riuso.pdf',
      contentType: 'application/pdf',
      sizeBytes: data.length,
      sha256: file.sha256,
      version: 1,
      uploadedBy: { id: contact.id },
      versions: [{ version: 1, fileName: 'Convenzione di riuso.pdf', sizeBytes: data.length, sha256: file.sha256, changeSummary: null, uploadedBy: { id: contact.id } }],
    });
    expect(document.url).toBe(`${t.config.publicUrl}/files/documents/${document.id}`);
    expect(document.versions[0].url).toBe(`${t.config.publicUrl}/files/documents/${document.id}/versions/1`);

    const listed = await t.gql(null, PRACTICE_DOCUMENTS, { id: practice.id });
    expect(listed.data.practice.documents).toEqual([{ id: document.id, title: 'Convenzione di riuso', version: 1 }]);
    expect(listed.data.practice.updates[0]).toEqual({ summary: 'Aggiunto il documento «Convenzione di riuso»', author: { id: contact.id } });
    expect((await t.dataSource.getRepository(UploadedFileEntity).findOneByOrFail({ id: file.id })).attachedAt).not.toBeNull();
  });

  it('makes a new version on replace: both versions listed newest first, the document follows the new file, the changelog says why', async () => {
    const { contact, practice, file } = await practiceWithUpload();
    const attached = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Manuale operativo', kind: 'TECHNICAL' } });
    const id = attached.data.attachDocument.id;
    const second = await uploaded(t, contact, { name: 'Manuale operativo v2.docx', data: docx('Seconda edizione del manuale') });

    const res = await t.gql(contact, REPLACE, { input: { documentId: id, fileId: second.id, changeSummary: 'Aggiornati i moduli 2012' } });

    expect(res.errors).toBeUndefined();
    const document = res.data.replaceDocument;
    expect(document).toMatchObject({ id, version: 2, fileName: 'Manuale operativo v2.docx', sha256: second.sha256, licence: null });
    expect(document.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(document.versions.map((v: any) => [v.version, v.sha256, v.changeSummary])).toEqual([
      [2, second.sha256, 'Aggiornati i moduli 2012'],
      [1, file.sha256, null],
    ]);
    expect(new Date(document.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(document.createdAt).getTime());
    const listed = await t.gql(null, PRACTICE_DOCUMENTS, { id: practice.id });
    expect(listed.data.practice.updates[0].summary).toBe('Nuova versione (2) del documento «Manuale operativo»: Aggiornati i moduli 2012');
  });

  it('answers FORBIDDEN to a member who is not a contact, and writes nothing', async () => {
    const { practice } = await practiceWithUpload();
    const stranger = await t.seed.member();
    const file = await uploaded(t, stranger, { name: 'intruso.pdf', data: pdf('Non mio') });
    const updatesBefore = await t.count(PracticeUpdateEntity, { practiceId: practice.id });

    const res = await t.gql(stranger, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Documento estraneo', kind: 'OTHER' } });

    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await t.count(DocumentEntity, { practiceId: practice.id })).toBe(0);
    expect(await t.count(PracticeUpdateEntity, { practiceId: practice.id })).toBe(updatesBefore);
    expect((await t.dataSource.getRepository(UploadedFileEntity).findOneByOrFail({ id: file.id })).attachedAt).toBeNull();
  });

  it('lets moderators manage the documents of any practice, and contacts replace and remove what moderators attached', async () => {
    const { contact, practice } = await practiceWithUpload();
    const moderator = await t.seed.moderator();
    const file = await uploaded(t, moderator, { name: 'slide.pdf', data: pdf('Presentazione a Lamezia Terme') });
    const attached = await t.gql(moderator, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Presentazione', kind: 'PRESENTATION' } });
    expect(attached.errors).toBeUndefined();
    const newer = await uploaded(t, contact, { name: 'slide-2.pdf', data: pdf('Presentazione aggiornata') });
    const replaced = await t.gql(contact, REPLACE, { input: { documentId: attached.data.attachDocument.id, fileId: newer.id, changeSummary: 'Dati aggiornati' } });
    expect(replaced.data.replaceDocument).toMatchObject({ version: 2, uploadedBy: { id: contact.id } });
    expect(replaced.data.replaceDocument.versions[1].uploadedBy).toEqual({ id: moderator.id });
  });

  it('lets members of the twinning administrations attach to the twinning, not other members; its documents need a signed-in member', async () => {
    const offering = await t.seed.administration({ region: Region.TOSCANA });
    const receiving = await t.seed.administration({ region: Region.CALABRIA });
    const practice = await t.seed.practice({ offeringAdministrationId: offering.id });
    const proposer = await t.seed.member({ administrationId: receiving.id });
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: proposer.id, receivingAdministrationIds: [receiving.id] });
    const offeringStaff = await t.seed.member({ administrationId: offering.id });
    const outsider = await t.seed.member({ administrationId: (await t.seed.administration()).id });

    const own = await uploaded(t, offeringStaff, { name: 'piano.odt', data: pdf('Piano di lavoro') });
    const ok = await t.gql(offeringStaff, ATTACH, { input: { twinningId: twinning.id, fileId: own.id, title: 'Piano di lavoro', kind: 'PROCEDURE' } });
    expect(ok.errors).toBeUndefined();
    const document = ok.data.attachDocument;
    expect(document.url).toMatch(new RegExp(`^${t.config.publicUrl}/files/documents/${document.id}\\?key=\\d+\\.[A-Za-z0-9_-]{43}$`));
    const fromReceiving = await uploaded(t, proposer, { name: 'verbale.pdf', data: pdf('Verbale') });
    expect((await t.gql(proposer, REPLACE, { input: { documentId: document.id, fileId: fromReceiving.id, changeSummary: 'Firmato' } })).errors).toBeUndefined();

    const theirs = await uploaded(t, outsider, { name: 'altro.pdf', data: pdf('Altro') });
    expect(codeOf(await t.gql(outsider, ATTACH, { input: { twinningId: twinning.id, fileId: theirs.id, title: 'Altro documento', kind: 'OTHER' } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(outsider, REMOVE, { id: document.id }))).toBe('FORBIDDEN');

    expect((await t.gql(outsider, TWINNING_DOCUMENTS, { id: twinning.id })).data.twinning.documents).toEqual([{ id: document.id, title: 'Piano di lavoro' }]);
    expect((await t.gql(null, TWINNING_DOCUMENTS, { id: twinning.id })).data.twinning.documents).toEqual([]);
    expect(codeOf(await t.gql(null, DOCUMENT, { id: document.id }))).toBe('NOT_FOUND');
    // No twinning document lands in the practice's public changelog.
    expect((await t.gql(null, PRACTICE_DOCUMENTS, { id: practice.id })).data.practice).toEqual({ documents: [], updates: [] });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const { contact, practice, file } = await practiceWithUpload();
    const other = await t.seed.member();
    const othersFile = await uploaded(t, other, { name: 'altrui.pdf', data: pdf('Altrui') });
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: contact.id, receivingAdministrationIds: [] });
    const base = { practiceId: practice.id, fileId: file.id, title: 'Kit di riuso', kind: 'REUSE_KIT' };
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ...base, practiceId: null }, ['practiceId', 'twinningId']],
      [{ ...base, twinningId: twinning.id }, ['practiceId', 'twinningId']],
      [{ ...base, licence: 'Licenza libera' }, ['licence']],
      [{ ...base, licence: 'GPL-3.0' }, ['licence']],
      [{ ...base, title: 'X' }, ['title']],
      [{ ...base, fileId: othersFile.id }, ['fileId']],
      [{ ...base, fileId: '00000000-0000-4000-8000-000000000000' }, ['fileId']],
      [{ ...base, fileId: 'non-un-id' }, ['fileId']],
    ];
    for (const [input, fields] of cases) {
      const res = await t.gql(contact, ATTACH, { input });
      expect({ input, code: codeOf(res), fields: fieldsOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT', fields });
    }
    expect(await t.count(DocumentEntity, { practiceId: practice.id })).toBe(0);

    const attached = await t.gql(contact, ATTACH, { input: base });
    expect(attached.errors).toBeUndefined();
    const again = await t.gql(contact, ATTACH, { input: { ...base, title: 'Lo stesso file' } });
    expect(fieldsOf(again)).toEqual(['fileId']);
    const replaceWithUsed = await t.gql(contact, REPLACE, { input: { documentId: attached.data.attachDocument.id, fileId: file.id, changeSummary: 'Di nuovo' } });
    expect(fieldsOf(replaceWithUsed)).toEqual(['fileId']);
    expect(await t.count(DocumentVersionEntity, { documentId: attached.data.attachDocument.id })).toBe(1);
  });

  it('answers NOT_FOUND for unknown targets and drafts the member may not see, UNAUTHENTICATED and FORBIDDEN to anonymous and suspended callers', async () => {
    const { contact, practice, file } = await practiceWithUpload(PracticeStatus.DRAFT);
    const moderator = await t.seed.moderator();
    const modFile = await uploaded(t, moderator, { name: 'bozza.pdf', data: pdf('Bozza') });
    const input = { practiceId: practice.id, fileId: modFile.id, title: 'Allegato alla bozza', kind: 'OTHER' };
    const stranger = await t.seed.member();
    const strangersFile = await uploaded(t, stranger, { name: 'x.pdf', data: pdf('x') });
    expect(codeOf(await t.gql(stranger, ATTACH, { input: { ...input, fileId: strangersFile.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(stranger, ATTACH, { input: { ...input, practiceId: '00000000-0000-4000-8000-000000000000', fileId: strangersFile.id } }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(null, ATTACH, { input }))).toBe('UNAUTHENTICATED');
    const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
    expect(codeOf(await t.gql(suspended, ATTACH, { input }))).toBe('FORBIDDEN');

    const res = await t.gql(moderator, ATTACH, { input });
    expect(res.errors).toBeUndefined();
    const id = res.data.attachDocument.id;
    expect(res.data.attachDocument.url).toContain('?key=');
    expect(codeOf(await t.gql(stranger, DOCUMENT, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(stranger, REMOVE, { id }))).toBe('NOT_FOUND');
    expect((await t.gql(contact, DOCUMENT, { id })).data.document.id).toBe(id);
    expect(codeOf(await t.gql(contact, REPLACE, { input: { documentId: id, fileId: file.id, changeSummary: 'x' } }))).toBe('BAD_USER_INPUT');
  });

  it('removes a document with its versions for those who may, releasing its uploads and recording it in the changelog', async () => {
    const { contact, practice, file } = await practiceWithUpload();
    const attached = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Modulistica', kind: 'PROCEDURE' } });
    const id = attached.data.attachDocument.id;
    const second = await uploaded(t, contact, { name: 'moduli-2.pdf', data: pdf('Moduli 2') });
    await t.gql(contact, REPLACE, { input: { documentId: id, fileId: second.id, changeSummary: 'Nuovi moduli' } });
    const stranger = await t.seed.member();
    expect(codeOf(await t.gql(stranger, REMOVE, { id }))).toBe('FORBIDDEN');

    const res = await t.gql(contact, REMOVE, { id });

    expect(res.data).toEqual({ removeDocument: true });
    expect(codeOf(await t.gql(contact, DOCUMENT, { id }))).toBe('NOT_FOUND');
    expect(await t.count(DocumentVersionEntity, { documentId: id })).toBe(0);
    const uploads = await t.dataSource.getRepository(UploadedFileEntity).findBy([{ id: file.id }, { id: second.id }]);
    expect(uploads.map((u) => u.attachedAt)).toEqual([null, null]);
    const listed = await t.gql(null, PRACTICE_DOCUMENTS, { id: practice.id });
    expect(listed.data.practice.documents).toEqual([]);
    expect(listed.data.practice.updates[0].summary).toBe('Rimosso il documento «Modulistica»');
    expect(codeOf(await t.gql(contact, REMOVE, { id }))).toBe('NOT_FOUND');
  });

  it('numbers concurrent replacements one after the other', async () => {
    const { contact, practice, file } = await practiceWithUpload();
    const attached = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Capitolato', kind: 'TECHNICAL' } });
    const id = attached.data.attachDocument.id;
    const files = await Promise.all([1, 2, 3].map((i) => uploaded(t, contact, { name: `capitolato-${i}.pdf`, data: pdf(`Capitolato ${i}`) })));
    const answers = await Promise.all(files.map((f, i) => t.gql(contact, REPLACE, { input: { documentId: id, fileId: f.id, changeSummary: `Revisione ${i}` } })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    const document = await t.gql(contact, DOCUMENT, { id });
    expect(document.data.document.version).toBe(4);
    expect(document.data.document.versions.map((v: any) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('lists the documents of a page of practices with their versions and uploaders in a constant number of statements', async () => {
    const catalogue = `{ practices(first: 20) { nodes { id documents { ${FIELDS} } } } }`;
    const addDocument = async (i: number) => {
      const { contact, practice, file } = await practiceWithUpload();
      const res = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: `Documento ${i}`, kind: 'OTHER' } });
      const next = await uploaded(t, contact, { name: `v2-${i}.pdf`, data: pdf(`Versione 2 di ${i}`) });
      await t.gql(contact, REPLACE, { input: { documentId: res.data.attachDocument.id, fileId: next.id, changeSummary: 'Seconda' } });
    };
    await addDocument(0);
    const before = await t.queries.count(() => t.gql(null, catalogue));
    for (let i = 1; i <= 3; i++) await addDocument(i);
    let listed: GqlResponse | undefined;
    const after = await t.queries.count(async () => (listed = await t.gql(null, catalogue)));
    expect(listed?.errors).toBeUndefined();
    expect(listed?.data.practices.nodes.filter((p: any) => p.documents.length).length).toBeGreaterThanOrEqual(4);
    expect(after).toBe(before);
  });
});
