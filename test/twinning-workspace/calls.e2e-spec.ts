import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, Region, Theme } from '@app/members';
import { FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeEntity } from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { TwinningApplicationEntity, TwinningCallEntity } from '@app/twinning-workspace';

const CALL_FIELDS = `id title status seats deadline practice { id } criteria { id label weight }
  applications { id rank selected total administration { id name } author { id } scores { score criterion { id } scoredBy { id } } }
  twinning { id status receiving { id } thread { id title category { slug } } }`;
const OPEN = `mutation ($input: OpenTwinningCallInput!) { openTwinningCall(input: $input) { ${CALL_FIELDS} } }`;
const APPLY = `mutation ($input: ApplyToCallInput!) { applyToCall(input: $input) { id administration { id } motivation rank selected total } }`;
const SCORE = `mutation ($input: ScoreApplicationInput!) { scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id } } } }`;
const AWARD = `mutation ($id: ID!) { awardCall(callId: $id) { ${CALL_FIELDS} } }`;
const CALL = `query ($id: ID!) { twinningCall(id: $id) { ${CALL_FIELDS} } }`;
const CALLS = `query ($status: CallStatus, $practiceId: ID) { twinningCalls(status: $status, practiceId: $practiceId) { nodes { id status } totalCount } }`;

describe('twinning calls', () => {
  let t: TestApp;
  let offering: AdministrationEntity;
  let cosenza: AdministrationEntity;
  let bari: AdministrationEntity;
  let palermo: AdministrationEntity;
  let torino: AdministrationEntity;
  let practice: PracticeEntity;
  let contact: SeededMember;
  let moderator: SeededMember;
  let stranger: SeededMember;
  let cosenzaMember: SeededMember;
  let bariMember: SeededMember;
  let palermoMember: SeededMember;
  let torinoMember: SeededMember;
  let bariModerator: SeededMember;
  let follower: SeededMember;
  let expert: SeededMember;
  let nonConvergenceExpert: SeededMember;

  beforeAll(async () => {
    t = await startTestApp();
    offering = await t.seed.administration({ name: 'Comune di Bologna', region: Region.EMILIA_ROMAGNA });
    cosenza = await t.seed.administration({ name: 'Comune di Cosenza', region: Region.CALABRIA });
    bari = await t.seed.administration({ name: 'Comune di Bari', region: Region.PUGLIA });
    palermo = await t.seed.administration({ name: 'Comune di Palermo', region: Region.SICILIA });
    torino = await t.seed.administration({ name: 'Comune di Torino', region: Region.PIEMONTE });
    contact = await t.seed.member({ administrationId: offering.id });
    moderator = await t.seed.moderator();
    bariModerator = await t.seed.moderator({ administrationId: bari.id });
    stranger = await t.seed.member();
    cosenzaMember = await t.seed.member({ administrationId: cosenza.id });
    bariMember = await t.seed.member({ administrationId: bari.id });
    palermoMember = await t.seed.member({ administrationId: palermo.id });
    torinoMember = await t.seed.member({ administrationId: torino.id });
    follower = await t.seed.member();
    expert = await t.seed.member({ administrationId: palermo.id, expertise: [Theme.PROCESS_INNOVATION] });
    nonConvergenceExpert = await t.seed.member({ administrationId: torino.id, expertise: [Theme.PROCESS_INNOVATION] });
    practice = await t.seed.practice({ offeringAdministrationId: offering.id, title: 'Protocollo informatico federato', themes: [Theme.PROCESS_INNOVATION], contactIds: [contact.id] });
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
  });
  afterAll(() => t.close());

  const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  function open(actor: SeededMember | null, overrides: Record<string, unknown> = {}) {
    return t.gql(actor, OPEN, {
      input: {
        practiceId: practice.id,
        title: 'Avviso per il riuso del protocollo',
        description: 'Cerchiamo due comuni delle regioni Convergenza.',
        criteria: [
          { label: 'Maturità organizzativa', weight: 2 },
          { label: 'Infrastruttura disponibile', weight: 1 },
        ],
        deadline: inAWeek(),
        seats: 2,
        ...overrides,
      },
    });
  }
  const apply = (actor: SeededMember, callId: string, administrationId: string) =>
    t.gql(actor, APPLY, { input: { callId, administrationId, motivation: 'Abbiamo bisogno di dematerializzare il protocollo.' } });
  const score = (actor: SeededMember, applicationId: string, criterionId: string, value: number) =>
    t.gql(actor, SCORE, { input: { applicationId, criterionId, score: value } });

  describe('openTwinningCall', () => {
    it('lets a contact of the practice open a call with weighted criteria, OPEN until its deadline', async () => {
      const res = await open(contact);
      expect(res.errors).toBeUndefined();
      expect(res.data.openTwinningCall).toMatchObject({
        status: 'OPEN',
        seats: 2,
        criteria: [
          { label: 'Maturità organizzativa', weight: 2 },
          { label: 'Infrastruttura disponibile', weight: 1 },
        ],
        applications: [],
        twinning: null,
      });
    });

    it('lets a moderator open a call', async () => {
      expect((await open(moderator)).errors).toBeUndefined();
    });

    it('refuses a member who is not a contact with FORBIDDEN and an anonymous caller with UNAUTHENTICATED, writing nothing', async () => {
      const before = await t.count(TwinningCallEntity);
      expect((await open(stranger)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await open(null)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await t.count(TwinningCallEntity)).toBe(before);
    });

    it('refuses a past deadline, no criteria, zero seats and a zero weight with BAD_USER_INPUT', async () => {
      const before = await t.count(TwinningCallEntity);
      for (const overrides of [
        { deadline: new Date(Date.now() - 1000).toISOString() },
        { criteria: [] },
        { seats: 0 },
        { criteria: [{ label: 'Peso nullo', weight: 0 }] },
        { criteria: [{ label: 'Doppio', weight: 1 }, { label: 'doppio', weight: 2 }] },
      ]) {
        const res = await open(contact, overrides);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect(await t.count(TwinningCallEntity)).toBe(before);
    });

    it('notifies TWINNING_CALL once to the practice followers and to Convergence members with a matching expertise, not the author nor others', async () => {
      const res = await open(contact, { title: 'Avviso notificato' });
      const callId = res.data.openTwinningCall.id;
      const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ callId, type: 'TWINNING_CALL' as never });
      expect(rows.map((r) => r.recipientId).sort()).toEqual([follower.id, expert.id].sort());
      expect(rows.map((r) => r.recipientId)).not.toContain(nonConvergenceExpert.id);
      expect(rows[0].text).toContain('«Avviso notificato»');
      const inbox = await t.gql(follower, `{ notifications { nodes { type call { id } practice { id } } } }`);
      expect(inbox.data.notifications.nodes).toContainEqual({ type: 'TWINNING_CALL', call: { id: callId }, practice: { id: practice.id } });
    });
  });

  describe('applyToCall', () => {
    let callId: string;
    beforeAll(async () => {
      callId = (await open(contact, { title: 'Avviso per le candidature' })).data.openTwinningCall.id;
    });

    it('lets a member of a Convergence administration apply for it', async () => {
      const res = await apply(cosenzaMember, callId, cosenza.id);
      expect(res.errors).toBeUndefined();
      expect(res.data.applyToCall).toMatchObject({ administration: { id: cosenza.id }, rank: null, selected: false, total: null });
    });

    it('refuses a second application of the same administration with CONFLICT', async () => {
      const other = await t.seed.member({ administrationId: cosenza.id });
      const res = await apply(other, callId, cosenza.id);
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await t.count(TwinningApplicationEntity, { callId, administrationId: cosenza.id })).toBe(1);
    });

    it('refuses an administration outside the Convergence regions with FORBIDDEN', async () => {
      const res = await apply(torinoMember, callId, torino.id);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toContain('Convergenza');
    });

    it('refuses applying for another administration than one’s own with FORBIDDEN', async () => {
      const res = await apply(bariMember, callId, palermo.id);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await t.count(TwinningApplicationEntity, { callId, administrationId: palermo.id })).toBe(0);
    });

    it('refuses applications after the deadline with FORBIDDEN, the call then being CLOSED', async () => {
      const late = (await open(contact, { title: 'Avviso scaduto' })).data.openTwinningCall.id;
      await t.dataSource.query(`UPDATE twinning_call SET deadline = now() - interval '1 minute' WHERE id = $1`, [late]);
      const res = await apply(bariMember, late, bari.id);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toContain('scadenza');
      expect((await t.gql(null, CALL, { id: late })).data.twinningCall.status).toBe('CLOSED');
      const closed = await t.gql(null, CALLS, { status: 'CLOSED', practiceId: practice.id });
      expect(closed.data.twinningCalls.nodes.map((n: { id: string }) => n.id)).toEqual([late]);
    });

    it('shows every application to contacts and moderators, its own to an applicant, none to others', async () => {
      await apply(bariMember, callId, bari.id);
      const ids = async (actor: SeededMember | null) =>
        (await t.gql(actor, CALL, { id: callId })).data.twinningCall.applications.map((a: { administration: { id: string } }) => a.administration.id).sort();
      expect(await ids(contact)).toEqual([cosenza.id, bari.id].sort());
      expect(await ids(moderator)).toEqual([cosenza.id, bari.id].sort());
      expect(await ids(cosenzaMember)).toEqual([cosenza.id]);
      expect(await ids(stranger)).toEqual([]);
      expect(await ids(null)).toEqual([]);
    });
  });

  describe('scoring and award', () => {
    let callId: string;
    let criteria: Array<{ id: string }>;
    const app: Record<string, string> = {};

    beforeAll(async () => {
      const call = (await open(contact, { title: 'Avviso da aggiudicare', seats: 2 })).data.openTwinningCall;
      callId = call.id;
      criteria = call.criteria;
      // Palermo applies first, then Bari, then Cosenza.
      app.palermo = (await apply(palermoMember, callId, palermo.id)).data.applyToCall.id;
      app.bari = (await apply(bariMember, callId, bari.id)).data.applyToCall.id;
      app.cosenza = (await apply(cosenzaMember, callId, cosenza.id)).data.applyToCall.id;
    });

    it('refuses a score outside 0..10 with BAD_USER_INPUT', async () => {
      for (const value of [-1, 10.5]) {
        const res = await score(contact, app.palermo, criteria[0].id, value);
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });

    it('refuses scores from a member who is not a contact and from a moderator for their own administration with FORBIDDEN', async () => {
      expect((await score(stranger, app.palermo, criteria[0].id, 5)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await score(palermoMember, app.palermo, criteria[0].id, 5)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const own = await score(bariModerator, app.bari, criteria[0].id, 10);
      expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(own.errors?.[0].message).toContain('tua amministrazione');
    });

    it('refuses a criterion of another call with BAD_USER_INPUT', async () => {
      const other = (await open(contact, { title: 'Un altro avviso' })).data.openTwinningCall;
      expect((await score(contact, app.palermo, other.criteria[0].id, 5)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses awarding while an application lacks a score, with BAD_USER_INPUT naming it', async () => {
      await score(contact, app.palermo, criteria[0].id, 8);
      const res = await t.gql(contact, AWARD, { id: callId });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('Comune di Bari');
      expect((await t.gql(null, CALL, { id: callId })).data.twinningCall.status).toBe('OPEN');
    });

    it('keeps one score per application and criterion: a later score replaces it and records who scored', async () => {
      await score(contact, app.palermo, criteria[0].id, 2);
      const res = await score(moderator, app.palermo, criteria[0].id, 8);
      expect(res.data.scoreApplication.scores).toEqual([{ score: 8, criterion: { id: criteria[0].id }, scoredBy: { id: moderator.id } }]);
      expect(res.data.scoreApplication.total).toBeNull();
    });

    it('ranks by weighted mean, breaks ties by the earlier application, selects `seats` and proposes a twinning with them', async () => {
      // Palermo: (2x8 + 1x5)/3 = 7; Bari: (2x6 + 1x9)/3 = 7 (tie, applied later); Cosenza: (2x9 + 1x6)/3 = 8.
      await score(contact, app.palermo, criteria[1].id, 5);
      await score(contact, app.bari, criteria[0].id, 6);
      await score(contact, app.bari, criteria[1].id, 9);
      await score(contact, app.cosenza, criteria[0].id, 9);
      await score(contact, app.cosenza, criteria[1].id, 6);
      const res = await t.gql(contact, AWARD, { id: callId });
      expect(res.errors).toBeUndefined();
      const call = res.data.awardCall;
      expect(call.status).toBe('AWARDED');
      const ranking = [...call.applications].sort((a, b) => a.rank - b.rank).map((a) => [a.administration.name, a.rank, a.selected, a.total]);
      expect(ranking).toEqual([
        ['Comune di Cosenza', 1, true, 8],
        ['Comune di Palermo', 2, true, 7],
        ['Comune di Bari', 3, false, 7],
      ]);
      expect(call.twinning.status).toBe('PROPOSED');
      expect(call.twinning.receiving.map((r: { id: string }) => r.id)).toEqual([cosenza.id, palermo.id]);
      expect(call.twinning.thread).toMatchObject({ category: { slug: 'gemellaggi' } });
      const twinning = await t.gql(null, `query ($id: ID!) { twinning(id: $id) { call { id } } }`, { id: call.twinning.id });
      expect(twinning.data.twinning.call).toEqual({ id: callId });
    });

    it('tells every applicant the outcome with its rank, once', async () => {
      const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ callId, type: 'CALL_OUTCOME' as never });
      expect(rows.map((r) => r.recipientId).sort()).toEqual([palermoMember.id, bariMember.id, cosenzaMember.id].sort());
      const bariText = rows.find((r) => r.recipientId === bariMember.id)!.text;
      expect(bariText).toContain('3° posto su 3');
      expect(bariText).toContain('non selezionata');
      expect(rows.find((r) => r.recipientId === cosenzaMember.id)!.text).toContain('1° posto su 3');
    });

    it('refuses a second award with CONFLICT and scores after the award with FORBIDDEN', async () => {
      expect((await t.gql(contact, AWARD, { id: callId })).errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await score(contact, app.bari, criteria[0].id, 10)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const awarded = await t.gql(null, CALLS, { status: 'AWARDED', practiceId: practice.id });
      expect(awarded.data.twinningCalls.nodes).toEqual([{ id: callId, status: 'AWARDED' }]);
    });

    it('refuses awarding for a member who is not a contact (FORBIDDEN) and a call without applications (BAD_USER_INPUT)', async () => {
      const empty = (await open(contact, { title: 'Avviso senza candidature' })).data.openTwinningCall.id;
      expect((await t.gql(stranger, AWARD, { id: empty })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(contact, AWARD, { id: empty })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
