import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus, MemberStatus } from '@app/core';
import { Region, Theme } from '@app/members';
import {
  PracticeContactEntity,
  PracticeCreated,
  PracticeEntity,
  PracticeStatus,
  PracticeUpdated,
  PracticeUpdateEntity,
  TwinningStatus,
} from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';

const PRACTICE_FIELDS = `id slug title summary description descriptionHtml themes year replicability results costEuro
  technologies tags status version createdAt updatedAt
  offeringAdministration { id name } contacts { id } updates { id summary author { id } createdAt }`;
const CREATE = `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { ${PRACTICE_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { ${PRACTICE_FIELDS} } }`;
const BY_ID = `query ($id: ID!) { practice(id: $id) { id title status } }`;
const BY_SLUG = `query ($slug: String!) { practice(slug: $slug) { id title slug } }`;
const LIST = `query ($filter: PracticeFilter, $first: Int, $after: String) {
  practices(filter: $filter, first: $first, after: $after) { nodes { id title } pageInfo { hasNextPage endCursor } totalCount } }`;

describe('practices: catalogue, drafts and compare-and-set updates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function newPracticeInput(overrides: Record<string, unknown> = {}) {
    const administration = await t.seed.administration({ region: Region.TOSCANA, name: 'Comune di Prato' });
    return {
      title: 'SUAP telematico per le attività produttive',
      summary: 'Lo sportello unico online per le imprese del territorio comunale.',
      description: 'Le pratiche arrivano via **PEC** <script>alert(1)</script> e [link](javascript:alert(1)).',
      themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
      offeringAdministrationId: administration.id,
      year: 2009,
      replicability: 'Serve un protocollo informatico integrato.',
      results: 'Tempi medi dimezzati.',
      costEuro: 120000,
      technologies: ['PEC', 'firma digitale', 'PEC'],
      tags: ['SUAP', ' imprese ', 'suap'],
      ...overrides,
    };
  }

  /** A member of the administration the input offers the practice for. */
  function memberOf(input: { offeringAdministrationId: string }) {
    return t.seed.member({ administrationId: input.offeringAdministrationId });
  }

  describe('createPractice', () => {
    it('creates a published practice, renders sanitised HTML and makes the creator its only contact', async () => {
      const input = await newPracticeInput();
      const creator = await memberOf(input);
      const res = await t.gql(creator, CREATE, { input });
      expect(res.errors).toBeUndefined();
      const practice = res.data.createPractice;
      expect(practice).toMatchObject({
        slug: 'suap-telematico-per-le-attivita-produttive',
        title: input.title,
        status: 'PUBLISHED',
        version: 1,
        themes: [Theme.BUSINESS_SERVICES, Theme.PROCESS_INNOVATION],
        year: 2009,
        costEuro: 120000,
        technologies: ['PEC', 'firma digitale'],
        tags: ['suap', 'imprese'],
        offeringAdministration: { id: input.offeringAdministrationId, name: 'Comune di Prato' },
        contacts: [{ id: creator.id }],
        updates: [],
      });
      expect(practice.descriptionHtml).toContain('<strong>PEC</strong>');
      expect(practice.descriptionHtml).not.toContain('<script');
      expect(practice.descriptionHtml).not.toMatch(/href="javascript:/);
    });

    it('renders a remote image of the description as a link to it, not as an image', async () => {
      const input = await newPracticeInput({ description: 'Il flusso: ![x](https://evil.example/p.png)' });
      const res = await t.gql(await memberOf(input), CREATE, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data.createPractice.descriptionHtml).not.toContain('<img');
      expect(res.data.createPractice.descriptionHtml).toContain('<a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">x</a>');
    });

    it('gives a colliding title the next free slug (-2, -3) and finds each by slug', async () => {
      const administration = await t.seed.administration();
      const member = await t.seed.member({ administrationId: administration.id });
      const title = 'Albo pretorio online dell’Unione dei Comuni';
      const slugs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await t.gql(member, CREATE, { input: await newPracticeInput({ title, offeringAdministrationId: administration.id }) });
        expect(res.errors).toBeUndefined();
        slugs.push(res.data.createPractice.slug);
      }
      expect(slugs).toEqual(['albo-pretorio-online-dell-unione-dei-comuni', 'albo-pretorio-online-dell-unione-dei-comuni-2', 'albo-pretorio-online-dell-unione-dei-comuni-3']);
      const found = await t.gql(null, BY_SLUG, { slug: slugs[1] });
      expect(found.data.practice.slug).toBe(slugs[1]);
    });

    it('refuses missing themes, an unknown administration and an unknown contact with BAD_USER_INPUT and writes nothing', async () => {
      const member = await t.seed.member();
      const moderator = await t.seed.moderator();
      const before = await t.count(PracticeEntity);
      const noThemes = await t.gql(member, CREATE, { input: await newPracticeInput({ themes: [] }) });
      expect(noThemes.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(noThemes.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['themes']);
      const unknown = await t.gql(member, CREATE, {
        input: await newPracticeInput({ offeringAdministrationId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0].extensions?.fields?.[0].field).toBe('offeringAdministrationId');
      const unknownContact = await t.gql(moderator, CREATE, {
        input: await newPracticeInput({ contactIds: ['00000000-0000-4000-8000-000000000001'] }),
      });
      expect(unknownContact.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknownContact.errors?.[0].extensions?.fields?.[0].field).toBe('contactIds');
      expect(await t.count(PracticeEntity)).toBe(before);
    });

    it("refuses a member offering a practice in another administration's name with FORBIDDEN and writes nothing", async () => {
      const own = await t.seed.administration({ name: 'Comune di Matera' });
      const member = await t.seed.member({ administrationId: own.id });
      const withoutAdministration = await t.seed.member();
      const before = await t.count(PracticeEntity);
      const input = await newPracticeInput();
      const other = await t.gql(member, CREATE, { input });
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(other.errors?.[0].message).toMatch(/solo a nome della tua amministrazione/);
      expect(other.data).toBeNull();
      const none = await t.gql(withoutAdministration, CREATE, { input });
      expect(none.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(none.errors?.[0].message).toMatch(/indica prima la tua amministrazione nel profilo/);
      expect(await t.count(PracticeEntity)).toBe(before);
      expect(await t.count(PracticeEntity, { offeringAdministrationId: input.offeringAdministrationId })).toBe(0);
    });

    it('refuses a member naming other members as contacts with FORBIDDEN and writes nothing; naming only themselves is fine', async () => {
      const input = await newPracticeInput();
      const creator = await memberOf(input);
      const colleague = await memberOf(input);
      const before = await t.count(PracticeEntity);
      const refused = await t.gql(creator, CREATE, { input: { ...input, contactIds: [creator.id, colleague.id] } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toMatch(/contactIds/);
      expect(refused.errors?.[0].message).toMatch(/solo te stesso/);
      const unknown = await t.gql(creator, CREATE, { input: { ...input, contactIds: ['00000000-0000-4000-8000-000000000001'] } });
      expect(unknown.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await t.count(PracticeEntity)).toBe(before);
      expect(await t.count(PracticeContactEntity, { memberId: colleague.id })).toBe(0);

      const self = await t.gql(creator, CREATE, { input: { ...input, contactIds: [creator.id] } });
      expect(self.errors).toBeUndefined();
      expect(self.data.createPractice.contacts).toEqual([{ id: creator.id }]);
    });

    it('lets moderators and admins offer a practice for any administration and name other contacts, staying contacts themselves', async () => {
      for (const staff of [await t.seed.moderator(), await t.seed.admin()]) {
        const colleague = await t.seed.member();
        const input = await newPracticeInput({ contactIds: [colleague.id] });
        const res = await t.gql(staff, CREATE, { input });
        expect(res.errors).toBeUndefined();
        expect(res.data.createPractice).toMatchObject({
          offeringAdministration: { id: input.offeringAdministrationId },
          contacts: [{ id: staff.id }, { id: colleague.id }],
        });
      }
    });

    it('treats a suspended moderator as a member: FORBIDDEN', async () => {
      const moderator = await t.seed.moderator({ status: MemberStatus.SUSPENDED });
      const res = await t.gql(moderator, CREATE, { input: await newPracticeInput() });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses anonymous callers with UNAUTHENTICATED and suspended members with FORBIDDEN', async () => {
      const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
      const before = await t.count(PracticeEntity);
      const anonymous = await t.gql(null, CREATE, { input: await newPracticeInput() });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const refused = await t.gql(suspended, CREATE, { input: await newPracticeInput() });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await t.count(PracticeEntity)).toBe(before);
    });

    it('publishes PracticeCreated inside the transaction with themes and status', async () => {
      const events: PracticeCreated[] = [];
      t.app.get(DomainEventBus).subscribe(PracticeCreated, async (_uow, e) => {
        events.push(e);
      });
      const input = await newPracticeInput({ status: 'DRAFT', themes: [Theme.INTEROPERABILITY] });
      const member = await memberOf(input);
      const res = await t.gql(member, CREATE, { input });
      const created = events.find((e) => e.practiceId === res.data.createPractice.id);
      expect(created).toMatchObject({ actorId: member.id, themes: [Theme.INTEROPERABILITY], status: PracticeStatus.DRAFT });
    });
  });

  describe('updatePractice', () => {
    it('lets a contact edit, bumps the version, keeps the slug and appends an update with the changed fields', async () => {
      const contact = await t.seed.member();
      const practice = await t.seed.practice({ title: 'Protocollo informatico federato', slug: 'protocollo-informatico-federato', contactIds: [contact.id] });
      const res = await t.gql(contact, UPDATE, {
        input: {
          id: practice.id,
          version: 1,
          changeSummary: 'Aggiornati titolo, risultati e temi',
          title: 'Protocollo informatico federato tra i comuni',
          results: 'Oltre 200.000 registrazioni l’anno',
          themes: [Theme.PROCESS_INNOVATION],
          year: practice.year,
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.updatePractice).toMatchObject({
        slug: 'protocollo-informatico-federato',
        title: 'Protocollo informatico federato tra i comuni',
        version: 2,
        themes: [Theme.PROCESS_INNOVATION],
        updates: [{ summary: 'Aggiornati titolo, risultati e temi', author: { id: contact.id } }],
      });
      const [update] = await t.dataSource.getRepository(PracticeUpdateEntity).findBy({ practiceId: practice.id });
      expect(update.version).toBe(2);
      expect(update.changes).toEqual({
        title: { before: 'Protocollo informatico federato', after: 'Protocollo informatico federato tra i comuni' },
        results: { before: null, after: 'Oltre 200.000 registrazioni l’anno' },
        themes: { before: [Theme.CITIZEN_SERVICES], after: [Theme.PROCESS_INNOVATION] },
      });

      const second = await t.gql(contact, UPDATE, {
        input: { id: practice.id, version: 2, changeSummary: 'Nuova descrizione', description: 'Ora con *cooperazione applicativa*' },
      });
      expect(second.data.updatePractice.version).toBe(3);
      expect(second.data.updatePractice.descriptionHtml).toContain('<em>cooperazione applicativa</em>');
      expect(second.data.updatePractice.updates.map((u: { summary: string }) => u.summary)).toEqual(['Nuova descrizione', 'Aggiornati titolo, risultati e temi']);
    });

    it('records contacts replaced by a moderator in the update, and the removed contact can no longer edit', async () => {
      const first = await t.seed.member();
      const second = await t.seed.member();
      const moderator = await t.seed.moderator();
      const practice = await t.seed.practice({ contactIds: [first.id] });
      const res = await t.gql(moderator, UPDATE, { input: { id: practice.id, version: 1, changeSummary: 'Passaggio di consegne', contactIds: [second.id] } });
      expect(res.data.updatePractice.contacts).toEqual([{ id: second.id }]);
      const update = await t.dataSource.getRepository(PracticeUpdateEntity).findOneByOrFail({ practiceId: practice.id });
      expect(update.changes).toEqual({ contactIds: { before: [first.id], after: [second.id] } });
      const again = await t.gql(first, UPDATE, { input: { id: practice.id, version: 2, changeSummary: 'Di nuovo io', title: 'Un altro titolo' } });
      expect(again.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a member contact adding another member as contact with FORBIDDEN and writes nothing', async () => {
      const contact = await t.seed.member();
      const stranger = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id] });
      const res = await t.gql(contact, UPDATE, {
        input: { id: practice.id, version: 1, changeSummary: 'Aggiungo un collega', title: 'Titolo cambiato', contactIds: [contact.id, stranger.id] },
      });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/contactIds/);
      expect(res.data).toBeNull();
      expect(await t.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id })).toMatchObject({ title: practice.title, version: 1 });
      expect(await t.count(PracticeContactEntity, { practiceId: practice.id })).toBe(1);
      expect(await t.count(PracticeContactEntity, { memberId: stranger.id })).toBe(0);
      expect(await t.count(PracticeUpdateEntity, { practiceId: practice.id })).toBe(0);
    });

    it('lets a member contact reorder and drop the contacts already on the practice', async () => {
      const [first, second, third] = [await t.seed.member(), await t.seed.member(), await t.seed.member()];
      const practice = await t.seed.practice({ contactIds: [first.id, second.id, third.id] });
      const reordered = await t.gql(first, UPDATE, { input: { id: practice.id, version: 1, changeSummary: 'Riordino i referenti', contactIds: [third.id, first.id] } });
      expect(reordered.errors).toBeUndefined();
      expect(reordered.data.updatePractice.contacts).toEqual([{ id: third.id }, { id: first.id }]);
    });

    it('cannot change the offering administration: the field is not part of the input (BAD_USER_INPUT), nothing written', async () => {
      const contact = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id] });
      const other = await t.seed.administration();
      const res = await t.gql(contact, UPDATE, {
        input: { id: practice.id, version: 1, changeSummary: 'Cambio amministrazione', offeringAdministrationId: other.id },
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id })).toMatchObject({
        offeringAdministrationId: practice.offeringAdministrationId,
        version: 1,
      });
    });

    it('refuses a member who is not a contact with FORBIDDEN and writes nothing', async () => {
      const contact = await t.seed.member();
      const stranger = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id] });
      const res = await t.gql(stranger, UPDATE, { input: { id: practice.id, version: 1, changeSummary: 'Modifica non autorizzata', title: 'Titolo cambiato' } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
      const after = await t.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id });
      expect(after).toMatchObject({ title: practice.title, version: 1 });
      expect(await t.count(PracticeUpdateEntity, { practiceId: practice.id })).toBe(0);
    });

    it('lets moderators and admins edit a practice they are not contacts of', async () => {
      const moderator = await t.seed.moderator();
      const admin = await t.seed.admin();
      const practice = await t.seed.practice();
      const byModerator = await t.gql(moderator, UPDATE, { input: { id: practice.id, version: 1, changeSummary: 'Revisione redazionale', tags: ['Open Data'] } });
      expect(byModerator.data.updatePractice).toMatchObject({ version: 2, tags: ['open data'] });
      const byAdmin = await t.gql(admin, UPDATE, { input: { id: practice.id, version: 2, changeSummary: 'Archiviata', status: 'ARCHIVED' } });
      expect(byAdmin.data.updatePractice).toMatchObject({ version: 3, status: 'ARCHIVED' });
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const contact = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id], version: 4 });
      const res = await t.gql(contact, UPDATE, {
        input: { id: practice.id, version: 3, changeSummary: 'Basata su una versione vecchia', title: 'Titolo da una versione vecchia', contactIds: [contact.id] },
      });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      const after = await t.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id });
      expect(after).toMatchObject({ title: practice.title, version: 4 });
      expect(after.updatedAt.getTime()).toBe(practice.updatedAt.getTime());
      expect(await t.count(PracticeUpdateEntity, { practiceId: practice.id })).toBe(0);
    });

    it('lets exactly one of two concurrent edits of the same version win; the other gets CONFLICT', async () => {
      const contact = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id] });
      const results = await Promise.all(
        ['Prima modifica', 'Seconda modifica'].map((summary) =>
          t.gql(contact, UPDATE, { input: { id: practice.id, version: 1, changeSummary: summary, summary: `${summary} della sintesi` } }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await t.count(PracticeUpdateEntity, { practiceId: practice.id })).toBe(1);
      const after = await t.dataSource.getRepository(PracticeEntity).findOneByOrFail({ id: practice.id });
      expect(after.version).toBe(2);
    });

    it('answers NOT_FOUND for an unknown or non-uuid id', async () => {
      const member = await t.seed.member();
      for (const id of ['00000000-0000-4000-8000-000000000000', 'non-un-uuid']) {
        const res = await t.gql(member, UPDATE, { input: { id, version: 1, changeSummary: 'Niente da fare' } });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('publishes PracticeUpdated with the summary and the status before and after', async () => {
      const events: PracticeUpdated[] = [];
      t.app.get(DomainEventBus).subscribe(PracticeUpdated, async (_uow, e) => {
        events.push(e);
      });
      const contact = await t.seed.member();
      const practice = await t.seed.practice({ contactIds: [contact.id], status: PracticeStatus.DRAFT });
      await t.gql(contact, UPDATE, { input: { id: practice.id, version: 1, changeSummary: 'Pubblicata', status: 'PUBLISHED' } });
      expect(events.find((e) => e.practiceId === practice.id)).toMatchObject({
        actorId: contact.id,
        changeSummary: 'Pubblicata',
        statusBefore: PracticeStatus.DRAFT,
        statusAfter: PracticeStatus.PUBLISHED,
      });
    });
  });

  describe('visibility', () => {
    it('hides a draft from other members and anonymous callers, by id, by slug and in lists', async () => {
      const contact = await t.seed.member();
      const stranger = await t.seed.member();
      const draft = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [contact.id] });
      for (const actor of [stranger, null]) {
        const byId = await t.gql(actor, BY_ID, { id: draft.id });
        expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const bySlug = await t.gql(actor, BY_SLUG, { slug: draft.slug });
        expect(bySlug.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        const drafts = await t.gql(actor, LIST, { filter: { status: 'DRAFT' }, first: 100 });
        expect(drafts.data.practices.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
        const offered = await t.gql(actor, `query ($id: ID!) { administration(id: $id) { practices { id } } }`, { id: draft.offeringAdministrationId });
        expect(offered.data.administration.practices).toEqual([]);
      }
      const update = await t.gql(stranger, UPDATE, { input: { id: draft.id, version: 1, changeSummary: 'Provo a modificarla' } });
      expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('shows a draft to its contacts, moderators and admins', async () => {
      const contact = await t.seed.member();
      const draft = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [contact.id] });
      for (const actor of [contact, await t.seed.moderator(), await t.seed.admin()]) {
        const byId = await t.gql(actor, BY_ID, { id: draft.id });
        expect(byId.data.practice).toMatchObject({ id: draft.id, status: 'DRAFT' });
        const drafts = await t.gql(actor, LIST, { filter: { status: 'DRAFT' }, first: 100 });
        expect(drafts.data.practices.nodes.map((n: { id: string }) => n.id)).toContain(draft.id);
        const offered = await t.gql(actor, `query ($id: ID!) { administration(id: $id) { practices { id } } }`, { id: draft.offeringAdministrationId });
        expect(offered.data.administration.practices).toEqual([{ id: draft.id }]);
      }
    });

    it('keeps an archived practice readable but out of the default list', async () => {
      const administration = await t.seed.administration({ region: Region.VENETO });
      const archived = await t.seed.practice({ status: PracticeStatus.ARCHIVED, offeringAdministrationId: administration.id });
      const published = await t.seed.practice({ offeringAdministrationId: administration.id });
      const byId = await t.gql(null, BY_ID, { id: archived.id });
      expect(byId.data.practice).toMatchObject({ id: archived.id, status: 'ARCHIVED' });
      const listed = await t.gql(null, LIST, { filter: { administrationId: administration.id } });
      expect(listed.data.practices.nodes).toEqual([{ id: published.id, title: published.title }]);
      const archivedList = await t.gql(null, LIST, { filter: { administrationId: administration.id, status: 'ARCHIVED' } });
      expect(archivedList.data.practices.nodes).toEqual([{ id: archived.id, title: archived.title }]);
    });

    it('answers NOT_FOUND for unknown and non-uuid ids, BAD_USER_INPUT with neither id nor slug', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', "1'; DROP TABLE practice; --"]) {
        const res = await t.gql(null, BY_ID, { id });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      const neither = await t.gql(null, `{ practice { id } }`);
      expect(neither.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('practices list', () => {
    let napoli: string;
    let bari: string;
    let bologna: string;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      napoli = (await t.seed.administration({ name: 'Comune di Napoli (lista)', region: Region.CAMPANIA })).id;
      bari = (await t.seed.administration({ name: 'Comune di Bari (lista)', region: Region.PUGLIA })).id;
      bologna = (await t.seed.administration({ name: 'Comune di Bologna (lista)', region: Region.EMILIA_ROMAGNA })).id;
      const rows: Array<[string, string, Theme[]]> = [
        ['napoli-1', napoli, [Theme.CITIZEN_SERVICES]],
        ['napoli-2', napoli, [Theme.PUBLIC_CONNECTIVITY, Theme.INTEROPERABILITY]],
        ['bari-1', bari, [Theme.INTEROPERABILITY]],
        ['bologna-1', bologna, [Theme.PUBLIC_INFORMATION_ASSETS]],
        ['bologna-2', bologna, [Theme.CITIZEN_SERVICES, Theme.BUSINESS_SERVICES]],
      ];
      for (const [key, offeringAdministrationId, themes] of rows) {
        ids[key] = (await t.seed.practice({ offeringAdministrationId, themes, title: `Pratica lista ${key}` })).id;
      }
    });

    async function listed(filter: Record<string, unknown>): Promise<string[]> {
      const res = await t.gql(null, LIST, { filter, first: 100 });
      expect(res.errors).toBeUndefined();
      const mine = new Set(Object.values(ids));
      return res.data.practices.nodes.map((n: { id: string }) => n.id).filter((id: string) => mine.has(id));
    }

    const keys = (...names: string[]) => names.map((n) => ids[n]).sort();

    it('filters by themes (any of them)', async () => {
      expect((await listed({ themes: [Theme.INTEROPERABILITY] })).sort()).toEqual(keys('napoli-2', 'bari-1'));
      expect((await listed({ themes: [Theme.CITIZEN_SERVICES, Theme.PUBLIC_INFORMATION_ASSETS] })).sort()).toEqual(keys('napoli-1', 'bologna-1', 'bologna-2'));
    });

    it('filters by region, administration and Convergence regions', async () => {
      expect((await listed({ region: Region.PUGLIA })).sort()).toEqual(keys('bari-1'));
      expect((await listed({ administrationId: bologna })).sort()).toEqual(keys('bologna-1', 'bologna-2'));
      expect((await listed({ convergenceOnly: true })).sort()).toEqual(keys('napoli-1', 'napoli-2', 'bari-1'));
      expect((await listed({ convergenceOnly: true, themes: [Theme.CITIZEN_SERVICES] })).sort()).toEqual(keys('napoli-1'));
    });

    it('pages newest first with cursors and counts the whole filtered list', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const res: any = await t.gql(null, LIST, { filter: { administrationId: napoli }, first: 1, after });
        expect(res.data.practices.totalCount).toBe(2);
        seen.push(...res.data.practices.nodes.map((n: { id: string }) => n.id));
        after = res.data.practices.pageInfo.endCursor;
        if (!res.data.practices.pageInfo.hasNextPage) break;
      }
      expect(seen).toEqual([ids['napoli-2'], ids['napoli-1']]);
    });

    it('refuses a malformed cursor and an out-of-range page size with BAD_USER_INPUT', async () => {
      const cursor = await t.gql(null, LIST, { after: 'non-un-cursore' });
      expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const size = await t.gql(null, LIST, { first: 1000 });
      expect(size.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('resolves a page of practices with their fields in a constant number of queries', async () => {
      const contact = await t.seed.member();
      for (const id of Object.values(ids)) {
        await t.dataSource.getRepository(PracticeContactEntity).insert({ practiceId: id, memberId: contact.id });
      }
      const receiving = await t.seed.administration({ region: Region.SICILIA });
      for (const id of [ids['napoli-1'], ids['bologna-1']]) {
        await t.seed.twinning({ practiceId: id, proposedById: contact.id, receivingAdministrationIds: [receiving.id], status: TwinningStatus.ACTIVE });
        await t.dataSource.getRepository(PracticeUpdateEntity).insert({ practiceId: id, authorId: contact.id, changeSummary: 'Aggiornata', changes: {}, version: 2 });
      }
      const query = `query ($filter: PracticeFilter) { practices(filter: $filter, first: 50) { nodes {
        id offeringAdministration { id name practices { id } } contacts { id administration { id } }
        updates { id author { id } } twinnings { id receiving { id } history { by { id } } } } } }`;
      const small = await t.queries.count(() => t.gql(null, query, { filter: { administrationId: napoli } }));
      const large = await t.queries.count(() => t.gql(null, query, { filter: { convergenceOnly: false } }));
      expect(large).toBe(small);
    });
  });
});
