import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, Region } from '@app/members';
import { FollowLevel, FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeEntity, PracticeStatus, TwinningStatus } from '@app/practices';
import { AdoptionEntity, AdoptionStageChangeEntity } from '@app/reuse';
import { settle, SeededMember, SocketPool, startTestApp, TestApp } from '@app/testing';
import { ADOPTION, PRACTICE_ADOPTIONS, RECORD, VERIFY } from './operations.js';

describe('the adoption ledger', () => {
  let t: TestApp;
  const pool = new SocketPool(() => t.baseUrl);
  let offering: AdministrationEntity;
  let lecce: AdministrationEntity;
  let catania: AdministrationEntity;
  let contact: SeededMember;
  let lecceMember: SeededMember;
  let lecceColleague: SeededMember;
  let cataniaMember: SeededMember;
  let moderator: SeededMember;
  let practice: PracticeEntity;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
    offering = await t.seed.administration({ name: 'Comune di Modena', region: Region.EMILIA_ROMAGNA });
    lecce = await t.seed.administration({ name: 'Comune di Lecce', region: Region.PUGLIA });
    catania = await t.seed.administration({ name: 'Comune di Catania', region: Region.SICILIA });
    contact = await t.seed.member({ administrationId: offering.id, displayName: 'Paola Rinaldi' });
    lecceMember = await t.seed.member({ administrationId: lecce.id, displayName: 'Marco Greco' });
    lecceColleague = await t.seed.member({ administrationId: lecce.id });
    cataniaMember = await t.seed.member({ administrationId: catania.id });
    moderator = await t.seed.moderator();
    practice = await t.seed.practice({ title: 'Fascicolo del cittadino', offeringAdministrationId: offering.id, contactIds: [contact.id] });
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  const record = (who: SeededMember, administrationId: string, stage: string, extra: Record<string, unknown> = {}) =>
    t.gql(who, RECORD, { input: { practiceId: practice.id, administrationId, stage, ...extra } });

  it('lets a member record where their administration stands, once per practice, moving its stage with a history', async () => {
    const first = await record(lecceMember, lecce.id, 'INTERESTED', { note: 'Ne parliamo in giunta' });
    expect(first.errors).toBeUndefined();
    const id = first.data.recordAdoption.id;
    expect(first.data.recordAdoption).toMatchObject({ stage: 'INTERESTED', verified: false, practice: { id: practice.id }, administration: { id: lecce.id } });

    const second = await record(lecceColleague, lecce.id, 'PILOT');
    expect(second.data.recordAdoption.id).toBe(id);
    expect(second.data.recordAdoption.history).toEqual([
      { from: null, to: 'INTERESTED', note: 'Ne parliamo in giunta', at: expect.any(String), by: { id: lecceMember.id } },
      { from: 'INTERESTED', to: 'PILOT', note: null, at: expect.any(String), by: { id: lecceColleague.id } },
    ]);
    expect(await t.count(AdoptionEntity, { practiceId: practice.id, administrationId: lecce.id })).toBe(1);
  });

  it('refuses to move an adoption back with BAD_USER_INPUT and writes nothing', async () => {
    const adoption = await t.dataSource.getRepository(AdoptionEntity).findOneByOrFail({ practiceId: practice.id, administrationId: lecce.id });
    const before = await t.count(AdoptionStageChangeEntity, { adoptionId: adoption.id });
    const back = await record(lecceMember, lecce.id, 'EVALUATING');
    expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((back.errors?.[0]?.extensions?.fields as Array<{ field: string }>)[0].field).toBe('stage');
    expect(await t.count(AdoptionStageChangeEntity, { adoptionId: adoption.id })).toBe(before);
  });

  it('lets only members of that administration record, never for a draft or for the offering administration itself', async () => {
    const before = await t.count(AdoptionEntity);
    expect((await record(cataniaMember, lecce.id, 'IN_USE')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(moderator, lecce.id, 'IN_USE')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(contact, offering.id, 'IN_USE')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(null, RECORD, { input: { practiceId: practice.id, administrationId: lecce.id, stage: 'PILOT' } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const draft = await t.seed.practice({ offeringAdministrationId: offering.id, status: PracticeStatus.DRAFT, contactIds: [contact.id] });
    const onDraft = await t.gql(cataniaMember, RECORD, { input: { practiceId: draft.id, administrationId: catania.id, stage: 'INTERESTED' } });
    expect(onDraft.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await t.count(AdoptionEntity)).toBe(before);
  });

  it('accepts a twinning only of that practice with the administration receiving', async () => {
    const other = await t.seed.practice({ offeringAdministrationId: offering.id });
    const foreign = await t.seed.twinning({ practiceId: other.id, proposedById: contact.id, receivingAdministrationIds: [catania.id] });
    const wrong = await record(cataniaMember, catania.id, 'INTERESTED', { twinningId: foreign.id });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const own = await t.seed.twinning({ practiceId: practice.id, proposedById: contact.id, receivingAdministrationIds: [catania.id] });
    const ok = await record(cataniaMember, catania.id, 'INTERESTED', { twinningId: own.id });
    expect(ok.data.recordAdoption.twinning).toEqual({ id: own.id });
  });

  it('lets a contact of the practice or a moderator verify, never a member of the adopting administration', async () => {
    const id = (await record(lecceMember, lecce.id, 'IN_USE')).data.recordAdoption.id;
    expect((await t.gql(lecceColleague, VERIFY, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(cataniaMember, VERIFY, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A moderator of the adopting administration may not verify it either.
    const lecceModerator = await t.seed.moderator({ administrationId: lecce.id });
    expect((await t.gql(lecceModerator, VERIFY, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(null, ADOPTION, { id })).data.adoption.verified).toBe(false);

    const verified = await t.gql(contact, VERIFY, { id });
    expect(verified.data.verifyAdoption).toMatchObject({ verified: true, verifiedBy: { id: contact.id }, stage: 'IN_USE' });

    const cataniaAdoption = (await record(cataniaMember, catania.id, 'IN_USE')).data.recordAdoption.id;
    expect((await t.gql(moderator, VERIFY, { id: cataniaAdoption })).data.verifyAdoption.verified).toBe(true);
  });

  it('counts only verified IN_USE adoptions, and a stage change clears the verification', async () => {
    const read = async () => (await t.gql(null, PRACTICE_ADOPTIONS, { id: practice.id })).data.practice;
    expect((await read()).adoptionCount).toBe(2);
    expect((await read()).adoptions).toHaveLength(2);

    const abandoned = await record(cataniaMember, catania.id, 'ABANDONED', { note: 'Sospeso per mancanza di fondi' });
    expect(abandoned.data.recordAdoption).toMatchObject({ stage: 'ABANDONED', verified: false, verifiedBy: null });
    expect((await read()).adoptionCount).toBe(1);

    // Back in use, but not verified again: it does not count.
    const again = await record(cataniaMember, catania.id, 'IN_USE');
    expect(again.data.recordAdoption.verified).toBe(false);
    expect((await read()).adoptionCount).toBe(1);
  });

  it('tells the followers and the contacts of the practice, once per record and once per verification; not the actor nor who muted it', async () => {
    const fresh = await t.seed.practice({ title: 'Pagamenti pagoPA', offeringAdministrationId: offering.id, contactIds: [contact.id] });
    const [follower, muter] = [await t.seed.member(), await t.seed.member()];
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, fresh.id);
    await t.seed.follow(muter.id, FollowTargetType.PRACTICE, fresh.id, FollowLevel.MUTED);
    const socket = await pool.connect(follower);

    const res = await t.gql(lecceMember, RECORD, { input: { practiceId: fresh.id, administrationId: lecce.id, stage: 'IN_USE' } });
    const id = res.data.recordAdoption.id;
    expect(await socket.waitFor('notification')).toMatchObject({
      type: 'ADOPTION',
      text: 'Comune di Lecce ha registrato l\'adozione della buona pratica «Pagamenti pagoPA»: in uso',
      adoptionId: id,
      practiceId: fresh.id,
    });
    // Recording the same stage again changes nothing and tells nobody.
    await t.gql(lecceMember, RECORD, { input: { practiceId: fresh.id, administrationId: lecce.id, stage: 'IN_USE' } });
    await t.gql(contact, VERIFY, { id });
    await t.gql(contact, VERIFY, { id });
    await settle();

    const inbox = await t.gql(follower, `{ notifications { nodes { type text adoption { id verified } practice { id } } } }`);
    expect(inbox.data.notifications.nodes).toEqual([
      {
        type: 'ADOPTION',
        text: 'Paola Rinaldi ha verificato l\'adozione della buona pratica «Pagamenti pagoPA» da parte di Comune di Lecce (in uso)',
        adoption: { id, verified: true },
        practice: { id: fresh.id },
      },
      { type: 'ADOPTION', text: expect.stringContaining('ha registrato'), adoption: { id, verified: true }, practice: { id: fresh.id } },
    ]);
    expect(await t.count(NotificationEntity, { recipientId: contact.id, type: 'ADOPTION' as never, adoptionId: id })).toBe(1);
    expect(await t.count(NotificationEntity, { recipientId: muter.id })).toBe(0);
    expect(await t.count(NotificationEntity, { recipientId: lecceMember.id, adoptionId: id })).toBe(0);
  });

  it('asks the receiving administrations of a completed twinning to record their adoption', async () => {
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: contact.id, receivingAdministrationIds: [lecce.id], status: TwinningStatus.ACTIVE });
    const res = await t.gql(moderator, `mutation ($id: ID!) { setTwinningStatus(id: $id, status: COMPLETED) { status } }`, { id: twinning.id });
    expect(res.errors).toBeUndefined();
    const inbox = await t.gql(lecceColleague, `{ notifications(first: 1) { nodes { type text twinning { id } } } }`);
    expect(inbox.data.notifications.nodes[0]).toEqual({
      type: 'TWINNING_STATUS',
      text: 'Il gemellaggio sulla buona pratica «Fascicolo del cittadino» è ora concluso: registra a che punto è l\'adozione nella tua amministrazione',
      twinning: { id: twinning.id },
    });
    const offeringSide = await t.gql(contact, `{ notifications(first: 1) { nodes { type text } } }`);
    expect(offeringSide.data.notifications.nodes[0].text).toBe('Il gemellaggio sulla buona pratica «Fascicolo del cittadino» è ora concluso');
  });

  it('shows the adoptions of an administration and an adoption by id to anybody', async () => {
    const res = await t.gql(null, `query ($id: ID!) { administration(id: $id) { adoptions { practice { id } stage } } }`, { id: lecce.id });
    expect(res.data.administration.adoptions.map((a: { practice: { id: string } }) => a.practice.id)).toContain(practice.id);
    expect((await t.gql(null, ADOPTION, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides the adoptions of a practice back to a draft from whoever may not see the draft, on every path', async () => {
    const later = await t.seed.practice({ title: 'Protocollo unico', offeringAdministrationId: offering.id, contactIds: [contact.id] });
    const id = (await t.gql(lecceMember, RECORD, { input: { practiceId: later.id, administrationId: lecce.id, stage: 'PILOT' } })).data.recordAdoption.id;
    await t.dataSource.getRepository(PracticeEntity).update(later.id, { status: PracticeStatus.DRAFT });

    const ofLecce = `query ($id: ID!) { administration(id: $id) { adoptions { id } } }`;
    const ids = async (who: SeededMember | null) => (await t.gql(who, ofLecce, { id: lecce.id })).data.administration.adoptions.map((a: { id: string }) => a.id);
    expect(await ids(null)).not.toContain(id);
    expect(await ids(lecceMember)).not.toContain(id);
    expect(await ids(contact)).toContain(id);
    expect(await ids(moderator)).toContain(id);
    expect((await t.gql(null, ADOPTION, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(contact, ADOPTION, { id })).data.adoption.id).toBe(id);
    expect((await t.gql(contact, VERIFY, { id })).data.verifyAdoption.verified).toBe(true);
    expect((await t.gql(lecceMember, RECORD, { input: { practiceId: later.id, administrationId: lecce.id, stage: 'IN_USE' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
