import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AdministrationEntity, Region } from '@app/members';
import { FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeEntity, TwinningEntity, TwinningStatus } from '@app/practices';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { uploaded } from '../documents/files.js';
import { BudgetLineEntity, MilestoneEntity, MilestoneReminders, romeMidnight } from '@app/twinning-workspace';

const WORKSPACE = `id followerCount viewerIsFollowing receiving { id }
  participants { role administration { id name } contact { id } }
  milestones { id title dueDate doneAt } budgetLines { id label plannedEuro spentEuro }
  thread { id title category { slug } }`;
const TWINNING = `query ($id: ID!) { twinning(id: $id) { ${WORKSPACE} } }`;
const PROPOSE = `mutation ($input: ProposeTwinningInput!) { proposeTwinning(input: $input) { ${WORKSPACE} } }`;
const SET_PARTICIPANT = `mutation ($t: ID!, $a: ID!, $role: TwinningRole!, $contact: ID) {
  setTwinningParticipant(twinningId: $t, administrationId: $a, role: $role, contactId: $contact) { ${WORKSPACE} } }`;
const REMOVE_PARTICIPANT = `mutation ($t: ID!, $a: ID!) { removeTwinningParticipant(twinningId: $t, administrationId: $a) { ${WORKSPACE} } }`;
const ADD_MILESTONE = `mutation ($t: ID!, $title: String!, $due: DateTime) { addMilestone(twinningId: $t, title: $title, dueDate: $due) { ${WORKSPACE} } }`;
const COMPLETE = `mutation ($id: ID!, $done: Boolean!) { completeMilestone(milestoneId: $id, done: $done) { ${WORKSPACE} } }`;
const BUDGET = `mutation ($t: ID!, $label: String!, $p: Int!, $s: Int!) { setBudgetLine(twinningId: $t, label: $label, plannedEuro: $p, spentEuro: $s) { ${WORKSPACE} } }`;
const FOLLOW = `mutation ($id: String!) { follow(targetType: TWINNING, targetId: $id) { targetType targetId level } }`;
const SET_STATUS = `mutation ($id: ID!, $s: TwinningStatus!) { setTwinningStatus(id: $id, status: $s) { id status } }`;

describe('twinning workspace: roles and plan', () => {
  let t: TestApp;
  let offering: AdministrationEntity;
  let napoli: AdministrationEntity;
  let lecce: AdministrationEntity;
  let regione: AdministrationEntity;
  let milano: AdministrationEntity;
  let practice: PracticeEntity;
  let contact: SeededMember;
  let moderator: SeededMember;
  let napoliMember: SeededMember;
  let regioneMember: SeededMember;
  let stranger: SeededMember;
  let follower: SeededMember;
  let twinning: TwinningEntity;

  beforeAll(async () => {
    t = await startTestApp();
    offering = await t.seed.administration({ name: 'Comune di Reggio Emilia', region: Region.EMILIA_ROMAGNA });
    napoli = await t.seed.administration({ name: 'Comune di Napoli', region: Region.CAMPANIA });
    lecce = await t.seed.administration({ name: 'Comune di Lecce', region: Region.PUGLIA });
    regione = await t.seed.administration({ name: 'Regione Calabria', region: Region.CALABRIA });
    milano = await t.seed.administration({ name: 'Comune di Milano', region: Region.LOMBARDIA });
    contact = await t.seed.member({ administrationId: offering.id });
    moderator = await t.seed.moderator();
    napoliMember = await t.seed.member({ administrationId: napoli.id });
    regioneMember = await t.seed.member({ administrationId: regione.id });
    stranger = await t.seed.member();
    follower = await t.seed.member();
    practice = await t.seed.practice({ offeringAdministrationId: offering.id, title: 'SUAP telematico associato', contactIds: [contact.id] });
    const res = await t.gql(contact, PROPOSE, {
      input: { practiceId: practice.id, receivingAdministrationIds: [napoli.id], objectives: 'Avviare il SUAP telematico a Napoli.', budgetEuro: 50000 },
    });
    expect(res.errors).toBeUndefined();
    twinning = await t.dataSource.getRepository(TwinningEntity).findOneByOrFail({ id: res.data.proposeTwinning.id });
  });
  afterAll(() => t.close());

  describe('participants', () => {
    it('lists the offering and receiving administrations as participants, and opens the working thread in "Gemellaggi" with the twinning', async () => {
      const res = await t.gql(null, TWINNING, { id: twinning.id });
      expect(res.data.twinning.participants).toEqual([
        { role: 'OFFERING', administration: { id: offering.id, name: 'Comune di Reggio Emilia' }, contact: null },
        { role: 'RECEIVING', administration: { id: napoli.id, name: 'Comune di Napoli' }, contact: null },
      ]);
      expect(res.data.twinning.thread).toMatchObject({ title: 'Gemellaggio: SUAP telematico associato', category: { slug: 'gemellaggi' } });
    });

    it('lets a contact of the practice add a coordinator with its contact member, one role per administration', async () => {
      const res = await t.gql(contact, SET_PARTICIPANT, { t: twinning.id, a: regione.id, role: 'COORDINATOR', contact: regioneMember.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.setTwinningParticipant.participants).toContainEqual({ role: 'COORDINATOR', administration: { id: regione.id, name: 'Regione Calabria' }, contact: { id: regioneMember.id } });
      const again = await t.gql(moderator, SET_PARTICIPANT, { t: twinning.id, a: regione.id, role: 'RECEIVING', contact: null });
      const roles = again.data.setTwinningParticipant.participants.filter((p: { administration: { id: string } }) => p.administration.id === regione.id);
      expect(roles).toEqual([{ role: 'RECEIVING', administration: { id: regione.id, name: 'Regione Calabria' }, contact: null }]);
      expect(again.data.setTwinningParticipant.receiving.map((r: { id: string }) => r.id)).toEqual([napoli.id, regione.id]);
      await t.gql(moderator, SET_PARTICIPANT, { t: twinning.id, a: regione.id, role: 'COORDINATOR', contact: regioneMember.id });
    });

    it('refuses a receiving administration outside the Convergence regions, and a contact from another administration, with BAD_USER_INPUT', async () => {
      expect((await t.gql(contact, SET_PARTICIPANT, { t: twinning.id, a: milano.id, role: 'RECEIVING' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const res = await t.gql(contact, SET_PARTICIPANT, { t: twinning.id, a: lecce.id, role: 'RECEIVING', contact: napoliMember.id });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'contactId', message: 'il referente deve essere un membro di Comune di Lecce' }]);
    });

    it('refuses members who are neither contacts nor moderators with FORBIDDEN, even of a participant administration', async () => {
      expect((await t.gql(napoliMember, SET_PARTICIPANT, { t: twinning.id, a: lecce.id, role: 'RECEIVING' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(stranger, REMOVE_PARTICIPANT, { t: twinning.id, a: napoli.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('removes a participant but never the offering administration', async () => {
      await t.gql(contact, SET_PARTICIPANT, { t: twinning.id, a: lecce.id, role: 'RECEIVING' });
      const res = await t.gql(contact, REMOVE_PARTICIPANT, { t: twinning.id, a: lecce.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.removeTwinningParticipant.participants.map((p: { administration: { id: string } }) => p.administration.id)).not.toContain(lecce.id);
      expect(res.data.removeTwinningParticipant.receiving.map((r: { id: string }) => r.id)).toEqual([napoli.id]);
      const offeringOut = await t.gql(contact, REMOVE_PARTICIPANT, { t: twinning.id, a: offering.id });
      expect(offeringOut.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const offeringRole = await t.gql(contact, SET_PARTICIPANT, { t: twinning.id, a: offering.id, role: 'COORDINATOR' });
      expect(offeringRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('documents', () => {
    it('lets members of a coordinating administration attach documents to the twinning, not members of others', async () => {
      const attach = async (actor: SeededMember) => {
        const file = await uploaded(t, actor, { name: 'verbale.txt', data: Buffer.from('Verbale della riunione di avvio.'), type: 'text/plain' });
        return t.gql(actor, `mutation ($i: AttachDocumentInput!) { attachDocument(input: $i) { id } }`, {
          i: { twinningId: twinning.id, fileId: file.id, title: 'Verbale di avvio', kind: 'OTHER' },
        });
      };
      expect((await attach(regioneMember)).errors).toBeUndefined();
      expect((await attach(stranger)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('follows', () => {
    it('lets anyone follow a twinning, counted in followerCount and viewerIsFollowing', async () => {
      const res = await t.gql(follower, FOLLOW, { id: twinning.id });
      expect(res.data.follow).toEqual({ targetType: 'TWINNING', targetId: twinning.id, level: 'WATCHING' });
      const seen = await t.gql(follower, TWINNING, { id: twinning.id });
      expect(seen.data.twinning).toMatchObject({ followerCount: 1, viewerIsFollowing: true });
      expect((await t.gql(stranger, TWINNING, { id: twinning.id })).data.twinning.viewerIsFollowing).toBe(false);
    });

    it('notifies a status change to the twinning followers and the members of every participant administration', async () => {
      await t.gql(moderator, SET_STATUS, { id: twinning.id, s: TwinningStatus.APPROVED });
      const rows = (await t.dataSource.getRepository(NotificationEntity).findBy({ twinningId: twinning.id, type: 'TWINNING_STATUS' as never })).filter((r) =>
        r.text.includes(' è ora '),
      );
      const recipients = rows.map((r) => r.recipientId);
      expect(recipients).toEqual(expect.arrayContaining([follower.id, napoliMember.id, regioneMember.id, contact.id]));
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(recipients).not.toContain(stranger.id);
    });
  });

  describe('milestones', () => {
    it('lets members of a participant administration add milestones, listed by due date', async () => {
      await t.gql(napoliMember, ADD_MILESTONE, { t: twinning.id, title: 'Formazione degli operatori', due: '2027-03-01T09:00:00.000Z' });
      const res = await t.gql(regioneMember, ADD_MILESTONE, { t: twinning.id, title: 'Analisi dei procedimenti', due: '2027-01-15T09:00:00.000Z' });
      expect(res.errors).toBeUndefined();
      expect(res.data.addMilestone.milestones.map((m: { title: string }) => m.title)).toEqual(['Analisi dei procedimenti', 'Formazione degli operatori']);
    });

    it('refuses members of other administrations with FORBIDDEN and an empty title with BAD_USER_INPUT, writing nothing', async () => {
      const before = await t.count(MilestoneEntity);
      expect((await t.gql(stranger, ADD_MILESTONE, { t: twinning.id, title: 'Intrusa' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(napoliMember, ADD_MILESTONE, { t: twinning.id, title: '   ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.count(MilestoneEntity)).toBe(before);
    });

    it('completes a milestone, notifying MILESTONE once to followers and participants but not the actor; undoing it notifies nobody', async () => {
      const milestone = await t.dataSource.getRepository(MilestoneEntity).findOneByOrFail({ twinningId: twinning.id, title: 'Analisi dei procedimenti' });
      const res = await t.gql(napoliMember, COMPLETE, { id: milestone.id, done: true });
      expect(res.errors).toBeUndefined();
      expect(res.data.completeMilestone.milestones[0].doneAt).not.toBeNull();
      await t.gql(napoliMember, COMPLETE, { id: milestone.id, done: true });
      const rows = await t.dataSource.getRepository(NotificationEntity).findBy({ twinningId: twinning.id, type: 'MILESTONE' as never });
      const recipients = rows.map((r) => r.recipientId).sort();
      expect(recipients).toEqual([follower.id, regioneMember.id, contact.id].sort());
      expect(rows[0].text).toContain('«Analisi dei procedimenti»');
      const undone = await t.gql(moderator, COMPLETE, { id: milestone.id, done: false });
      expect(undone.data.completeMilestone.milestones[0].doneAt).toBeNull();
      expect(await t.count(NotificationEntity, { twinningId: twinning.id, type: 'MILESTONE' as never })).toBe(rows.length);
      expect((await t.gql(stranger, COMPLETE, { id: milestone.id, done: true })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('milestones due tomorrow', () => {
    it('notifies MILESTONE once to followers and participants for each open milestone due tomorrow (Italian calendar), not later nor done ones', async () => {
      const tomorrowNoon = new Date(romeMidnight(new Date(), 1).getTime() + 12 * 3600 * 1000).toISOString();
      const later = new Date(romeMidnight(new Date(), 3).getTime() + 12 * 3600 * 1000).toISOString();
      await t.gql(napoliMember, ADD_MILESTONE, { t: twinning.id, title: 'Collaudo del SUAP', due: tomorrowNoon });
      await t.gql(napoliMember, ADD_MILESTONE, { t: twinning.id, title: 'Chiusura del progetto', due: later });
      const done = await t.gql(napoliMember, ADD_MILESTONE, { t: twinning.id, title: 'Riunione già svolta', due: tomorrowNoon });
      const doneId = done.data.addMilestone.milestones.find((m: { title: string }) => m.title === 'Riunione già svolta').id;
      await t.gql(napoliMember, COMPLETE, { id: doneId, done: true });
      const reminders = t.app.get(MilestoneReminders);
      expect(await reminders.remindDue()).toBe(1);
      expect(await reminders.remindDue()).toBe(0);
      const rows = (await t.dataSource.getRepository(NotificationEntity).findBy({ twinningId: twinning.id, type: 'MILESTONE' as never })).filter((r) =>
        r.text.startsWith('Domani scade'),
      );
      expect(rows.map((r) => r.recipientId).sort()).toEqual([follower.id, napoliMember.id, regioneMember.id, contact.id].sort());
      expect(rows.every((r) => r.text.includes('«Collaudo del SUAP»'))).toBe(true);
    });
  });

  describe('budget', () => {
    it('upserts budget lines by label', async () => {
      await t.gql(napoliMember, BUDGET, { t: twinning.id, label: 'Formazione', p: 20000, s: 0 });
      await t.gql(napoliMember, BUDGET, { t: twinning.id, label: 'Missioni', p: 10000, s: 2500 });
      const res = await t.gql(regioneMember, BUDGET, { t: twinning.id, label: 'Formazione', p: 25000, s: 8000 });
      expect(res.errors).toBeUndefined();
      expect(res.data.setBudgetLine.budgetLines.map((l: { label: string; plannedEuro: number; spentEuro: number }) => [l.label, l.plannedEuro, l.spentEuro])).toEqual([
        ['Formazione', 25000, 8000],
        ['Missioni', 10000, 2500],
      ]);
    });

    it('refuses totals above budgetEuro and negative amounts with BAD_USER_INPUT, writing nothing', async () => {
      const over = await t.gql(napoliMember, BUDGET, { t: twinning.id, label: 'Software', p: 20000, s: 0 });
      expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(over.errors?.[0].extensions?.fields).toEqual([{ field: 'plannedEuro', message: 'il totale previsto (55000 €) supera il budget del gemellaggio (50000 €)' }]);
      expect((await t.gql(napoliMember, BUDGET, { t: twinning.id, label: 'Software', p: 100, s: -1 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.count(BudgetLineEntity, { twinningId: twinning.id })).toBe(2);
    });

    it('refuses members of other administrations with FORBIDDEN', async () => {
      expect((await t.gql(stranger, BUDGET, { t: twinning.id, label: 'Varie', p: 1, s: 0 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('shows a moderator may plan any twinning', async () => {
    const res = await t.gql(moderator, ADD_MILESTONE, { t: twinning.id, title: 'Verifica intermedia' });
    expect(res.errors).toBeUndefined();
    expect(res.data.addMilestone.milestones.map((m: { title: string }) => m.title)).toContain('Verifica intermedia');
  });

  it('answers NOT_FOUND for an unknown twinning', async () => {
    const res = await t.gql(moderator, ADD_MILESTONE, { t: '00000000-0000-4000-8000-000000000000', title: 'Nulla' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps FollowTargetType.TWINNING follows out of unknown twinnings with NOT_FOUND', async () => {
    const res = await t.gql(follower, FOLLOW, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(FollowTargetType.TWINNING).toBe('TWINNING');
  });
});
