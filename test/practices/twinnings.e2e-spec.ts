import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus } from '@app/core';
import { AdministrationEntity, Region } from '@app/members';
import {
  PracticeEntity,
  PracticeStatus,
  TwinningEntity,
  TwinningProposed,
  TwinningStatus,
  TwinningStatusChanged,
  TwinningStatusChangeEntity,
} from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';

const TWINNING_FIELDS = `id status objectives budgetEuro startDate endDate createdAt
  practice { id } offering { id } receiving { id name }
  history { from to note at by { id } }`;
const PROPOSE = `mutation ($input: ProposeTwinningInput!) { proposeTwinning(input: $input) { ${TWINNING_FIELDS} } }`;
const SET_STATUS = `mutation ($id: ID!, $status: TwinningStatus!, $note: String) { setTwinningStatus(id: $id, status: $status, note: $note) { ${TWINNING_FIELDS} } }`;
const BY_ID = `query ($id: ID!) { twinning(id: $id) { id status } }`;
const LIST = `query ($filter: TwinningFilter, $first: Int, $after: String) {
  twinnings(filter: $filter, first: $first, after: $after) { nodes { id status } pageInfo { hasNextPage endCursor } totalCount } }`;

const ALL = Object.values(TwinningStatus);
const LEGAL: Record<TwinningStatus, TwinningStatus[]> = {
  PROPOSED: [TwinningStatus.APPROVED, TwinningStatus.CANCELLED],
  APPROVED: [TwinningStatus.ACTIVE, TwinningStatus.CANCELLED],
  ACTIVE: [TwinningStatus.COMPLETED, TwinningStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};

describe('twinnings', () => {
  let t: TestApp;
  let member: SeededMember;
  let moderator: SeededMember;
  let offering: AdministrationEntity;
  let practice: PracticeEntity;
  let napoli: AdministrationEntity;
  let palermo: AdministrationEntity;
  let firenze: AdministrationEntity;

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.seed.member();
    moderator = await t.seed.moderator();
    offering = await t.seed.administration({ name: 'Comune di Modena', region: Region.EMILIA_ROMAGNA });
    napoli = await t.seed.administration({ name: 'Comune di Napoli', region: Region.CAMPANIA });
    palermo = await t.seed.administration({ name: 'Comune di Palermo', region: Region.SICILIA });
    firenze = await t.seed.administration({ name: 'Comune di Firenze', region: Region.TOSCANA });
    practice = await t.seed.practice({ offeringAdministrationId: offering.id, title: 'Conservazione sostitutiva dei documenti' });
  });
  afterAll(() => t.close());

  function propose(actor: SeededMember | null, overrides: Record<string, unknown> = {}) {
    return t.gql(actor, PROPOSE, {
      input: {
        practiceId: practice.id,
        receivingAdministrationIds: [palermo.id, napoli.id],
        objectives: 'Riusare il sistema di conservazione nei comuni riceventi.',
        budgetEuro: 80000,
        ...overrides,
      },
    });
  }

  describe('proposeTwinning', () => {
    it('lets any member propose a twinning of a published practice, recording the proposal in the history', async () => {
      const events: TwinningProposed[] = [];
      t.app.get(DomainEventBus).subscribe(TwinningProposed, async (_uow, e) => {
        events.push(e);
      });
      const res = await propose(member);
      expect(res.errors).toBeUndefined();
      const twinning = res.data.proposeTwinning;
      expect(twinning).toMatchObject({
        status: 'PROPOSED',
        budgetEuro: 80000,
        startDate: null,
        endDate: null,
        practice: { id: practice.id },
        offering: { id: offering.id },
        receiving: [
          { id: palermo.id, name: 'Comune di Palermo' },
          { id: napoli.id, name: 'Comune di Napoli' },
        ],
        history: [{ from: null, to: 'PROPOSED', note: null, by: { id: member.id } }],
      });
      expect(events.find((e) => e.twinningId === twinning.id)).toMatchObject({ practiceId: practice.id, actorId: member.id });
      const onPractice = await t.gql(null, `query ($id: ID!) { practice(id: $id) { twinnings { id } } }`, { id: practice.id });
      expect(onPractice.data.practice.twinnings).toContainEqual({ id: twinning.id });
    });

    it('refuses a receiving administration outside the Convergence regions, naming it, and writes nothing', async () => {
      const before = await t.count(TwinningEntity);
      const res = await propose(member, { receivingAdministrationIds: [napoli.id, firenze.id] });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('Comune di Firenze');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'receivingAdministrationIds', message: expect.stringContaining('Comune di Firenze') }]);
      expect(res.errors?.[0].extensions?.administrationIds).toEqual([firenze.id]);
      expect(await t.count(TwinningEntity)).toBe(before);
    });

    it('refuses the offering administration as a receiving one, naming it, and writes nothing', async () => {
      const salerno = await t.seed.administration({ name: 'Comune di Salerno', region: Region.CAMPANIA });
      const southern = await t.seed.practice({ offeringAdministrationId: salerno.id });
      const before = await t.count(TwinningEntity);
      const res = await propose(member, { practiceId: southern.id, receivingAdministrationIds: [salerno.id] });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].message).toContain('Comune di Salerno');
      expect(res.errors?.[0].extensions?.fields?.[0].message).toContain('offerente');
      expect(await t.count(TwinningEntity)).toBe(before);
    });

    it('refuses unknown receiving administrations and an empty list with BAD_USER_INPUT', async () => {
      const unknown = await propose(member, { receivingAdministrationIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const empty = await propose(member, { receivingAdministrationIds: [] });
      expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(empty.errors?.[0].extensions?.fields?.[0].field).toBe('receivingAdministrationIds');
    });

    it('refuses drafts and archived practices with BAD_USER_INPUT, unknown ones with NOT_FOUND', async () => {
      const draft = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [member.id] });
      const archived = await t.seed.practice({ status: PracticeStatus.ARCHIVED });
      const before = await t.count(TwinningEntity);
      for (const p of [draft, archived]) {
        const res = await propose(member, { practiceId: p.id });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('practiceId');
      }
      const hiddenDraft = await propose(await t.seed.member(), { practiceId: draft.id });
      expect(hiddenDraft.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const practiceId of ['00000000-0000-4000-8000-000000000000', 'non-un-uuid']) {
        const res = await propose(member, { practiceId });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      expect(await t.count(TwinningEntity)).toBe(before);
    });

    it('refuses anonymous callers with UNAUTHENTICATED', async () => {
      const res = await propose(null);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('setTwinningStatus', () => {
    it('moves a twinning forward through every phase, recording who, when and the note', async () => {
      const events: TwinningStatusChanged[] = [];
      t.app.get(DomainEventBus).subscribe(TwinningStatusChanged, async (_uow, e) => {
        events.push(e);
      });
      const proposed = (await propose(member)).data.proposeTwinning;
      const admin = await t.seed.admin();
      const approved = await t.gql(moderator, SET_STATUS, { id: proposed.id, status: 'APPROVED', note: 'Approvato dal comitato' });
      expect(approved.data.setTwinningStatus.status).toBe('APPROVED');
      const active = await t.gql(admin, SET_STATUS, { id: proposed.id, status: 'ACTIVE' });
      expect(active.data.setTwinningStatus.startDate).toEqual(expect.any(String));
      const completed = await t.gql(moderator, SET_STATUS, { id: proposed.id, status: 'COMPLETED', note: 'Riuso concluso' });
      const done = completed.data.setTwinningStatus;
      expect(done.status).toBe('COMPLETED');
      expect(done.endDate).toEqual(expect.any(String));
      expect(done.history).toEqual([
        { from: null, to: 'PROPOSED', note: null, at: expect.any(String), by: { id: member.id } },
        { from: 'PROPOSED', to: 'APPROVED', note: 'Approvato dal comitato', at: expect.any(String), by: { id: moderator.id } },
        { from: 'APPROVED', to: 'ACTIVE', note: null, at: expect.any(String), by: { id: admin.id } },
        { from: 'ACTIVE', to: 'COMPLETED', note: 'Riuso concluso', at: expect.any(String), by: { id: moderator.id } },
      ]);
      const times = done.history.map((h: { at: string }) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(events.filter((e) => e.twinningId === proposed.id).map((e) => [e.from, e.to])).toEqual([
        ['PROPOSED', 'APPROVED'],
        ['APPROVED', 'ACTIVE'],
        ['ACTIVE', 'COMPLETED'],
      ]);
      expect(events.at(-1)).toMatchObject({
        practiceId: practice.id,
        actorId: moderator.id,
        offeringAdministrationId: offering.id,
        receivingAdministrationIds: [palermo.id, napoli.id],
      });
    });

    it.each([TwinningStatus.PROPOSED, TwinningStatus.APPROVED, TwinningStatus.ACTIVE])('cancels a twinning that is %s', async (from) => {
      const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: member.id, receivingAdministrationIds: [napoli.id], status: from });
      const res = await t.gql(moderator, SET_STATUS, { id: twinning.id, status: 'CANCELLED', note: 'Ritirato' });
      expect(res.errors).toBeUndefined();
      expect(res.data.setTwinningStatus.status).toBe('CANCELLED');
      expect(res.data.setTwinningStatus.history.at(-1)).toMatchObject({ from, to: 'CANCELLED', note: 'Ritirato', by: { id: moderator.id } });
    });

    const illegal = ALL.flatMap((from) => ALL.filter((to) => !LEGAL[from].includes(to)).map((to) => [from, to] as const));
    it.each(illegal)('refuses %s -> %s with BAD_USER_INPUT and writes nothing', async (from, to) => {
      const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: member.id, receivingAdministrationIds: [palermo.id], status: from });
      const historyBefore = await t.count(TwinningStatusChangeEntity, { twinningId: twinning.id });
      const res = await t.gql(moderator, SET_STATUS, { id: twinning.id, status: to, note: 'Tentativo' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('status');
      const after = await t.dataSource.getRepository(TwinningEntity).findOneByOrFail({ id: twinning.id });
      expect(after.status).toBe(from);
      expect(await t.count(TwinningStatusChangeEntity, { twinningId: twinning.id })).toBe(historyBefore);
    });

    it('refuses members who are not moderators with FORBIDDEN and writes nothing', async () => {
      const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: member.id, receivingAdministrationIds: [palermo.id] });
      const res = await t.gql(member, SET_STATUS, { id: twinning.id, status: 'APPROVED' });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.dataSource.getRepository(TwinningEntity).findOneByOrFail({ id: twinning.id })).status).toBe('PROPOSED');
      expect(await t.count(TwinningStatusChangeEntity, { twinningId: twinning.id })).toBe(1);
      const anonymous = await t.gql(null, SET_STATUS, { id: twinning.id, status: 'APPROVED' });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers NOT_FOUND for unknown and non-uuid ids', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'gemellaggio']) {
        const res = await t.gql(moderator, SET_STATUS, { id, status: 'APPROVED' });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const read = await t.gql(null, BY_ID, { id });
        expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('twinnings list', () => {
    let other: PracticeEntity;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const bari = await t.seed.administration({ name: 'Comune di Bari', region: Region.PUGLIA });
      other = await t.seed.practice({ offeringAdministrationId: bari.id });
      ids.a = (await t.seed.twinning({ practiceId: other.id, proposedById: member.id, receivingAdministrationIds: [napoli.id], status: TwinningStatus.ACTIVE })).id;
      ids.b = (await t.seed.twinning({ practiceId: other.id, proposedById: member.id, receivingAdministrationIds: [palermo.id] })).id;
      ids.c = (await t.seed.twinning({ practiceId: other.id, proposedById: member.id, receivingAdministrationIds: [palermo.id, napoli.id], status: TwinningStatus.COMPLETED })).id;
    });

    async function listed(filter: Record<string, unknown>): Promise<string[]> {
      const res = await t.gql(null, LIST, { filter, first: 100 });
      expect(res.errors).toBeUndefined();
      return res.data.twinnings.nodes.map((n: { id: string }) => n.id);
    }

    it('filters by practice, newest first', async () => {
      expect(await listed({ practiceId: other.id })).toEqual([ids.c, ids.b, ids.a]);
    });

    it('filters by administration, offering or receiving, and by status', async () => {
      expect(await listed({ practiceId: other.id, administrationId: napoli.id })).toEqual([ids.c, ids.a]);
      expect(await listed({ practiceId: other.id, administrationId: other.offeringAdministrationId })).toEqual([ids.c, ids.b, ids.a]);
      expect(await listed({ administrationId: other.offeringAdministrationId, status: 'PROPOSED' })).toEqual([ids.b]);
      expect(await listed({ practiceId: other.id, status: 'CANCELLED' })).toEqual([]);
    });

    it('pages with cursors and counts the filtered list', async () => {
      const first = await t.gql(null, LIST, { filter: { practiceId: other.id }, first: 2 });
      expect(first.data.twinnings).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const second = await t.gql(null, LIST, { filter: { practiceId: other.id }, first: 2, after: first.data.twinnings.pageInfo.endCursor });
      expect(second.data.twinnings.nodes.map((n: { id: string }) => n.id)).toEqual([ids.a]);
      expect(second.data.twinnings.pageInfo.hasNextPage).toBe(false);
    });

    it('resolves a page of twinnings with their fields in a constant number of queries', async () => {
      const query = `query ($filter: TwinningFilter) { twinnings(filter: $filter, first: 20) { nodes {
        id practice { id title } offering { id } receiving { id name } history { to by { id } } } } }`;
      const one = await t.queries.count(() => t.gql(null, query, { filter: { practiceId: practice.id, status: 'COMPLETED' } }));
      const many = await t.queries.count(() => t.gql(null, query, {}));
      expect(many).toBe(one);
    });

    it('hides twinnings of a practice moved back to draft from members, not from its contacts', async () => {
      const contact = await t.seed.member();
      const draft = await t.seed.practice({ contactIds: [contact.id] });
      const twinning = await t.seed.twinning({ practiceId: draft.id, proposedById: member.id, receivingAdministrationIds: [napoli.id] });
      await t.dataSource.getRepository(PracticeEntity).update(draft.id, { status: PracticeStatus.DRAFT });
      expect((await t.gql(member, BY_ID, { id: twinning.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await listed({ practiceId: draft.id })).toEqual([]);
      expect((await t.gql(contact, BY_ID, { id: twinning.id })).data.twinning).toEqual({ id: twinning.id, status: 'PROPOSED' });
    });
  });
});
