import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@app/core';
import { AdministrationEntity, MemberEntity, Region, Theme } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const MEMBERS = `query ($filter: MemberFilter, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id handle displayName }
  }
}`;

describe('members and administrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('derives convergence from the region: true for the four Convergence regions, false elsewhere', async () => {
    const admin = await t.seed.admin();
    const cases: Array<[Region | null, string, boolean]> = [
      [Region.CALABRIA, 'IT', true],
      [Region.CAMPANIA, 'IT', true],
      [Region.PUGLIA, 'IT', true],
      [Region.SICILIA, 'IT', true],
      [Region.BASILICATA, 'IT', false],
      [Region.LOMBARDIA, 'IT', false],
      [null, 'ES', false],
    ];
    for (const [region, country, convergence] of cases) {
      const res = await t.gql(
        admin,
        `mutation ($input: CreateAdministrationInput!) { createAdministration(input: $input) { id region country convergence } }`,
        { input: { name: `Ente ${region ?? country}`, kind: region ? 'MUNICIPALITY' : 'FOREIGN_ADMINISTRATION', region, country } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.createAdministration).toMatchObject({ region, country, convergence });
      const read = await t.gql(null, `query ($id: ID!) { administration(id: $id) { convergence } }`, { id: res.data.createAdministration.id });
      expect(read.data.administration.convergence).toBe(convergence);
    }
    const conv = await t.gql(null, `{ administrations(convergence: true, first: 100) { totalCount nodes { region } } }`);
    expect(conv.errors).toBeUndefined();
    expect(conv.data.administrations.totalCount).toBe(4);
  });

  it('refuses a duplicate IPA code with CONFLICT and a malformed one with BAD_USER_INPUT, writing nothing', async () => {
    const admin = await t.seed.admin();
    await t.seed.administration({ ipaCode: 'c_f839', name: 'Comune di Napoli' });
    const before = await t.count(AdministrationEntity);
    const dup = await t.gql(admin, `mutation { createAdministration(input: { name: "Altro", kind: MUNICIPALITY, region: CAMPANIA, ipaCode: "c_f839" }) { id } }`);
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await t.gql(admin, `mutation { createAdministration(input: { name: "Altro", kind: MUNICIPALITY, region: CAMPANIA, ipaCode: "C F839!" }) { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('ipaCode');
    expect(await t.count(AdministrationEntity)).toBe(before);
  });

  it('gives CONFLICT naming ipaCode, never INTERNAL, to all but one of concurrent creations with the same IPA code', async () => {
    const admin = await t.seed.admin();
    const create = `mutation { createAdministration(input: { name: "Comune di Gara", kind: MUNICIPALITY, region: CALABRIA, ipaCode: "c_gara1" }) { id } }`;
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(admin, create)));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(4);
    for (const res of results.filter((r) => r.errors)) {
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'ipaCode', message: 'codice IPA già registrato' }]);
    }
    expect(await t.count(AdministrationEntity, { ipaCode: 'c_gara1' })).toBe(1);
  });

  it('shows the e-mail only to the member and to admins', async () => {
    const member = await t.seed.member();
    const other = await t.seed.member();
    const admin = await t.seed.admin();
    const query = `query ($id: ID!) { member(id: $id) { email } }`;
    expect((await t.gql(member, query, { id: member.id })).data.member.email).toBe(member.email);
    expect((await t.gql(admin, query, { id: member.id })).data.member.email).toBe(member.email);
    expect((await t.gql(other, query, { id: member.id })).data.member.email).toBeNull();
    expect((await t.gql(null, query, { id: member.id })).data.member.email).toBeNull();
    const list = await t.gql(other, `{ members(first: 100) { nodes { id email } } }`);
    const emails = list.data.members.nodes.filter((n: { id: string }) => n.id !== other.id).map((n: { email: string | null }) => n.email);
    expect(emails.every((e: string | null) => e === null)).toBe(true);
  });

  it('refuses role and status changes by non-admins with FORBIDDEN and writes nothing', async () => {
    const target = await t.seed.member();
    for (const actor of [await t.seed.member(), await t.seed.moderator()]) {
      const role = await t.gql(actor, `mutation ($id: ID!) { setMemberRole(memberId: $id, role: ADMIN) { role } }`, { id: target.id });
      expect(role.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const status = await t.gql(actor, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED) { status } }`, { id: target.id });
      expect(status.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const row = await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: target.id });
    expect(row).toMatchObject({ role: 'MEMBER', status: 'ACTIVE' });
  });

  it('records role and status changes by an admin in the moderation log', async () => {
    const admin = await t.seed.admin();
    const target = await t.seed.member();
    const role = await t.gql(admin, `mutation ($id: ID!) { setMemberRole(memberId: $id, role: MODERATOR) { role } }`, { id: target.id });
    expect(role.data.setMemberRole.role).toBe('MODERATOR');
    await t.gql(admin, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED, reason: "messaggi promozionali") { status } }`, { id: target.id });
    const log = await t.gql(admin, `{ moderationLog(first: 10) { nodes { action targetType targetId reason moderator { id } } } }`);
    const mine = log.data.moderationLog.nodes.filter((n: { targetId: string }) => n.targetId === target.id);
    expect(mine).toEqual([
      { action: 'SET_STATUS', targetType: 'MEMBER', targetId: target.id, reason: 'messaggi promozionali', moderator: { id: admin.id } },
      { action: 'SET_ROLE', targetType: 'MEMBER', targetId: target.id, reason: null, moderator: { id: admin.id } },
    ]);
  });

  it('updates the own profile and validates the administration', async () => {
    const member = await t.seed.member();
    const adm = await t.seed.administration({ region: Region.PUGLIA });
    const res = await t.gql(member, `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { jobTitle expertise administration { id convergence } } }`, {
      input: { jobTitle: 'Responsabile SUAP', expertise: ['BUSINESS_SERVICES', 'BUSINESS_SERVICES'], administrationId: adm.id },
    });
    expect(res.data.updateProfile).toEqual({ jobTitle: 'Responsabile SUAP', expertise: ['BUSINESS_SERVICES'], administration: { id: adm.id, convergence: true } });
    const newcomer = await t.seed.member();
    const missing = await t.gql(newcomer, `mutation { updateProfile(input: { administrationId: "00000000-0000-4000-8000-000000000000" }) { id } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.fields?.[0].field).toBe('administrationId');
  });

  it('lets a member declare an administration once; changing it is for admins', async () => {
    const first = await t.seed.administration({ region: Region.CALABRIA });
    const other = await t.seed.administration({ region: Region.SICILIA });
    const member = await t.seed.member({ administrationId: first.id });
    const SET = `mutation ($id: ID) { updateProfile(input: { administrationId: $id, jobTitle: "Dirigente" }) { jobTitle administration { id } } }`;
    const refused = await t.gql(member, SET, { id: other.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/amministratore/);
    // The same administration again is no change; nothing else of the refused input was written.
    const same = await t.gql(member, SET, { id: first.id });
    expect(same.data.updateProfile).toEqual({ jobTitle: 'Dirigente', administration: { id: first.id } });
    const admin = await t.seed.member({ role: Role.ADMIN, administrationId: first.id });
    const moved = await t.gql(admin, SET, { id: other.id });
    expect(moved.data.updateProfile.administration).toEqual({ id: other.id });
    // An admin moves the member; another member may not.
    const MOVE = `mutation ($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id administration { id } } }`;
    const byMember = await t.gql(await t.seed.member(), MOVE, { m: member.id, a: other.id });
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await t.gql(admin, MOVE, { m: member.id, a: other.id });
    expect(byAdmin.data.setMemberAdministration).toEqual({ id: member.id, administration: { id: other.id } });
  });

  it('renders the bio as sanitised HTML in bioHtml, and answers null without a bio', async () => {
    const member = await t.seed.member();
    const query = `query ($id: ID!) { member(id: $id) { bio bioHtml } }`;
    expect((await t.gql(null, query, { id: member.id })).data.member).toEqual({ bio: null, bioHtml: null });

    const bio = 'Mi occupo di **SUAP** e _pagamenti_ <script>alert(1)</script> [sito](javascript:alert(1))';
    const res = await t.gql(member, `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { bio bioHtml } }`, { input: { bio } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateProfile.bio).toBe(bio);
    const html: string = (await t.gql(null, query, { id: member.id })).data.member.bioHtml;
    expect(html).toContain('<strong>SUAP</strong>');
    expect(html).toContain('<em>pagamenti</em>');
    expect(html).not.toMatch(/<script|href="javascript:|\*\*/);
    expect(html).toContain('&lt;script&gt;');

    const cleared = await t.gql(member, `mutation { updateProfile(input: { bio: "  " }) { bio bioHtml } }`);
    expect(cleared.data.updateProfile).toEqual({ bio: null, bioHtml: null });
    expect((await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: member.id })).bioHtml).toBeNull();
  });

  it('filters members by query, region, administration and expertise', async () => {
    const bari = await t.seed.administration({ region: Region.SARDEGNA, name: 'Comune di Cagliari' });
    const torino = await t.seed.administration({ region: Region.PIEMONTE, name: 'Comune di Torino' });
    const a = await t.seed.member({ displayName: 'Rosaria Sportello', jobTitle: 'Funzionaria Zafferano', administrationId: bari.id, expertise: [Theme.BUSINESS_SERVICES] });
    const b = await t.seed.member({ displayName: 'Piero Archivio', bio: 'Conservazione sostitutiva e Quadrifoglio', administrationId: torino.id, expertise: [Theme.PROCESS_INNOVATION] });

    const ids = async (filter: Record<string, unknown>) =>
      (await t.gql(null, MEMBERS, { filter, first: 100 })).data.members.nodes.map((n: { id: string }) => n.id);
    expect(await ids({ query: 'zafferano' })).toEqual([a.id]);
    expect(await ids({ query: 'QUADRIFOGLIO' })).toEqual([b.id]);
    expect(await ids({ region: 'SARDEGNA' })).toEqual([a.id]);
    expect(await ids({ administrationId: torino.id })).toEqual([b.id]);
    expect(await ids({ expertise: 'PROCESS_INNOVATION' })).toEqual([b.id]);
    expect(await ids({ query: '100%_' })).toEqual([]);
  });

  it('paginates members across pages with no duplicates and no gaps, with totalCount', async () => {
    const adm = await t.seed.administration({ name: 'Comune di Paginazione' });
    const created = [];
    for (let i = 0; i < 23; i++) created.push(await t.seed.member({ displayName: `Zeta ${String(i % 5)}`, administrationId: adm.id }));
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await t.gql(null, MEMBERS, { filter: { administrationId: adm.id }, first: 5, after });
      expect(res.data.members.totalCount).toBe(23);
      seen.push(...res.data.members.nodes.map((n: { id: string }) => n.id));
      after = res.data.members.pageInfo.hasNextPage ? res.data.members.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect([...seen].sort()).toEqual(created.map((m) => m.id).sort());
  });

  it('rejects page sizes outside 1..100 and malformed cursors with BAD_USER_INPUT', async () => {
    for (const first of [0, -1, 101]) {
      const res = await t.gql(null, MEMBERS, { first });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('first');
    }
    const res = await t.gql(null, MEMBERS, { after: 'non-un-cursore' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers unknown and malformed ids with null, never an internal error', async () => {
    const res = await t.gql(null, `{ a: member(id: "abc") { id } b: administration(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
  });

  it('answers /health with 200 and {"status":"ok"}', async () => {
    const res = await fetch(`${t.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('keeps CSRF prevention on: a simple GET/form request without preflight headers is refused', async () => {
    const res = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    const json = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(json.status).toBe(200);
  });
});
