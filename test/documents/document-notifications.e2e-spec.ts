import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region } from '@app/members';
import { FollowLevel, FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeStatus } from '@app/practices';
import { settle, SocketPool, startTestApp, TestApp } from '@app/testing';
import { ATTACH, REPLACE } from './document-operations.js';
import { pdf, uploaded } from './files.js';

describe('DOCUMENT notifications', () => {
  let t: TestApp;
  const pool = new SocketPool(() => t.baseUrl);
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  it('tells the followers of a practice that a document was added and replaced, live and in the inbox; not the actor nor who muted it', async () => {
    const contact = await t.seed.member({ displayName: 'Rosa Ferraro' });
    const practice = await t.seed.practice({ title: 'SUAP associato dei Monti Dauni', contactIds: [contact.id] });
    const [follower, muter] = [await t.seed.member(), await t.seed.member()];
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
    await t.seed.follow(contact.id, FollowTargetType.PRACTICE, practice.id);
    await t.seed.follow(muter.id, FollowTargetType.PRACTICE, practice.id, FollowLevel.MUTED);
    const [followerSocket, contactSocket] = [await pool.connect(follower), await pool.connect(contact)];

    const file = await uploaded(t, contact, { name: 'kit.pdf', data: pdf('Kit di riuso') });
    const attached = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Kit di riuso', kind: 'REUSE_KIT' } });
    const documentId = attached.data.attachDocument.id;

    expect(await followerSocket.waitFor('notification')).toMatchObject({
      type: 'DOCUMENT',
      text: 'Rosa Ferraro ha aggiunto il documento «Kit di riuso» alla buona pratica «SUAP associato dei Monti Dauni»',
      documentId,
      practiceId: practice.id,
      twinningId: null,
      actorId: contact.id,
    });

    const next = await uploaded(t, contact, { name: 'kit-2.pdf', data: pdf('Kit di riuso 2') });
    await t.gql(contact, REPLACE, { input: { documentId, fileId: next.id, changeSummary: 'Nuovi moduli' } });
    const replaced = await followerSocket.waitFor('notification', (n) => n.text.includes('versione 2'));
    expect(replaced.text).toBe('Rosa Ferraro ha pubblicato la versione 2 del documento «Kit di riuso» alla buona pratica «SUAP associato dei Monti Dauni»');

    const inbox = await t.gql(follower, `{ notifications { nodes { type practice { id } document { id version } } } }`);
    expect(inbox.data.notifications.nodes).toEqual([
      { type: 'DOCUMENT', practice: { id: practice.id }, document: { id: documentId, version: 2 } },
      { type: 'DOCUMENT', practice: { id: practice.id }, document: { id: documentId, version: 2 } },
    ]);
    await settle();
    expect(contactSocket.received.notification).toEqual([]);
    expect(await t.count(NotificationEntity, { recipientId: muter.id })).toBe(0);
  });

  it('tells the members of the twinning administrations and the practice followers about a twinning document', async () => {
    const offering = await t.seed.administration({ region: Region.TOSCANA });
    const receiving = await t.seed.administration({ region: Region.PUGLIA });
    const practice = await t.seed.practice({ title: 'Albo pretorio online', offeringAdministrationId: offering.id });
    const author = await t.seed.member({ administrationId: receiving.id, displayName: 'Lucia Conte' });
    const colleague = await t.seed.member({ administrationId: receiving.id });
    const offeringStaff = await t.seed.member({ administrationId: offering.id });
    const follower = await t.seed.member();
    const bystander = await t.seed.member();
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: author.id, receivingAdministrationIds: [receiving.id] });
    const socket = await pool.connect(colleague);

    const file = await uploaded(t, author, { name: 'piano.pdf', data: pdf('Piano di lavoro') });
    const res = await t.gql(author, ATTACH, { input: { twinningId: twinning.id, fileId: file.id, title: 'Piano di lavoro', kind: 'PROCEDURE' } });
    expect(res.errors).toBeUndefined();

    expect(await socket.waitFor('notification')).toMatchObject({
      type: 'DOCUMENT',
      text: 'Lucia Conte ha aggiunto il documento «Piano di lavoro» del gemellaggio sulla buona pratica «Albo pretorio online»',
      twinningId: twinning.id,
      practiceId: practice.id,
      documentId: res.data.attachDocument.id,
    });
    for (const member of [offeringStaff, follower]) expect(await t.count(NotificationEntity, { recipientId: member.id, type: 'DOCUMENT' as never })).toBe(1);
    for (const member of [author, bystander]) expect(await t.count(NotificationEntity, { recipientId: member.id })).toBe(0);
  });

  it('tells nobody who may not see a draft practice about its documents', async () => {
    const contact = await t.seed.member();
    const practice = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [contact.id] });
    const follower = await t.seed.member();
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
    const file = await uploaded(t, contact, { name: 'bozza.pdf', data: pdf('Bozza') });
    const res = await t.gql(contact, ATTACH, { input: { practiceId: practice.id, fileId: file.id, title: 'Bozza del kit', kind: 'REUSE_KIT' } });
    expect(res.errors).toBeUndefined();
    expect(await t.count(NotificationEntity, { recipientId: follower.id })).toBe(0);
  });
});
