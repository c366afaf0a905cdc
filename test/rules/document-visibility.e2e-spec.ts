import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region } from '@app/members';
import { NotificationType } from '@app/notifications';
import { PracticeStatus } from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { textExtracted, uploaded } from '../documents/files.js';
import { codeOf, demote, seedViewers, VIEWER_KINDS, Viewers } from './viewers.js';

/**
 * Documents, one rule on every path (visibleDocumentSql): a published practice's to everyone, a
 * draft's to its ACTIVE contacts and moderators, a twinning's to signed-in ACTIVE members. Besides
 * the common viewer kinds, a contact of the draft (the suspended member is one too).
 */
const KINDS = [...VIEWER_KINDS, 'contact'] as const;
type Kind = (typeof KINDS)[number];
type Which = 'published' | 'draft' | 'twinning';
const SEES: Record<Which, Record<Kind, boolean>> = {
  published: { anonymous: true, member: true, suspended: true, moderator: true, demoted: true, contact: true },
  draft: { anonymous: false, member: false, suspended: false, moderator: true, demoted: false, contact: true },
  twinning: { anonymous: false, member: true, suspended: false, moderator: true, demoted: true, contact: true },
};
const WHICH: Which[] = ['published', 'draft', 'twinning'];
const WORD = 'ornitorinco';
const ATTACH = `mutation ($input: AttachDocumentInput!) { attachDocument(input: $input) { id url } }`;

describe('documents: one rule on every path', () => {
  let t: TestApp;
  let v: Viewers & { contact: SeededMember };
  const ids = {} as Record<Which, string>;
  const urls = {} as Record<Which, string>;
  let draftId: string;
  let twinningId: string;

  const actor = (kind: Kind) => v[kind];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
    v = { ...(await seedViewers(t)), contact: await t.seed.member() };
    const author = await t.seed.moderator();
    const published = await t.seed.practice({ title: 'Pratica pubblicata' });
    const draft = await t.seed.practice({ title: 'Pratica in bozza', status: PracticeStatus.DRAFT, contactIds: [v.contact.id, v.suspended.id] });
    draftId = draft.id;
    const twinning = await t.seed.twinning({
      practiceId: published.id,
      proposedById: author.id,
      receivingAdministrationIds: [(await t.seed.administration({ region: Region.CALABRIA })).id],
    });
    twinningId = twinning.id;
    const owners: Record<Which, Record<string, string>> = { published: { practiceId: published.id }, draft: { practiceId: draft.id }, twinning: { twinningId } };
    for (const which of WHICH) {
      const file = await uploaded(t, author, { name: `${which}.txt`, data: Buffer.from(`Documento ${which} sull'${WORD}`) });
      const res = await t.gql(author, ATTACH, { input: { ...owners[which], fileId: file.id, title: `Documento ${which}`, kind: 'OTHER' } });
      expect(res.errors).toBeUndefined();
      ids[which] = res.data.attachDocument.id;
      urls[which] = res.data.attachDocument.url.split('?')[0];
    }
    for (const kind of ['member', 'moderator', 'demoted', 'contact'] as const) {
      for (const which of WHICH) await t.seed.notification({ recipientId: v[kind].id, type: NotificationType.DOCUMENT, documentId: ids[which] });
    }
    await demote(t, v);
    await textExtracted(t);
  });

  afterAll(() => t.close());

  it.each(KINDS)('by id (%s)', async (kind) => {
    for (const which of WHICH) {
      const res = await t.gql(actor(kind), `query ($id: ID!) { document(id: $id) { id } }`, { id: ids[which] });
      if (SEES[which][kind]) expect({ which, document: res.data.document }).toEqual({ which, document: { id: ids[which] } });
      else expect({ which, code: codeOf(res) }).toEqual({ which, code: 'NOT_FOUND' });
    }
  });

  it.each(KINDS)('on the practice and the twinning (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($t: ID!) { twinning(id: $t) { documents { id } practice { documents { id } } } }`, { t: twinningId });
    expect(res.data.twinning.documents.map((d: { id: string }) => d.id)).toEqual(SEES.twinning[kind] ? [ids.twinning] : []);
    expect(res.data.twinning.practice.documents).toEqual([{ id: ids.published }]);
    const draft = await t.gql(actor(kind), `query ($id: ID!) { practice(id: $id) { documents { id } } }`, { id: draftId });
    if (SEES.draft[kind]) expect(draft.data.practice.documents).toEqual([{ id: ids.draft }]);
    else expect(codeOf(draft)).toBe('NOT_FOUND');
  });

  it.each(KINDS)('search (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($q: String!) { search(query: $q, kinds: [DOCUMENT]) { totalCount nodes { hit { ... on Document { id } } } } }`, { q: WORD });
    const found = res.data.search.nodes.map((n: { hit: { id: string } }) => n.hit.id).sort();
    expect(found).toEqual(WHICH.filter((w) => SEES[w][kind]).map((w) => ids[w]).sort());
    expect(res.data.search.totalCount).toBe(found.length);
  });

  it.each(KINDS)('download with the bearer token, without a key (%s)', async (kind) => {
    for (const which of WHICH) {
      const { pathname } = new URL(urls[which]);
      const member = actor(kind);
      const res = await fetch(`${t.baseUrl}${pathname}`, { headers: member ? { authorization: `Bearer ${member.token}` } : {} });
      await res.arrayBuffer();
      const refused = kind === 'anonymous' || kind === 'suspended' ? 401 : 404;
      expect({ which, status: res.status }).toEqual({ which, status: SEES[which][kind] ? 200 : refused });
    }
  });

  it.each(['member', 'moderator', 'demoted', 'contact'] as const)('notifications about documents (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `{ notifications(first: 100) { nodes { type document { id } } } }`);
    const documents = res.data.notifications.nodes.filter((n: { type: string }) => n.type === 'DOCUMENT').map((n: { document: { id: string } | null }) => n.document?.id ?? null);
    const expected = WHICH.map((w) => (SEES[w][kind] ? ids[w] : null));
    expect(documents.sort()).toEqual(expected.sort());
  });
});
