import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InvitationEntity, MemberEntity, Position } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const FIELDS = `id email role code expiresAt acceptedAt status sentAt revokedAt invitedBy { id displayName }`;
const CREATE = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { ${FIELDS} } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(id: $id) { ${FIELDS} } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { ${FIELDS} } }`;
const LIST = `{ invitations { ${FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { token member { id } } }`;

describe('invitations: status, renewal, resending and revoking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function registration(code: string, email: string, handle: string) {
    return { invitationCode: code, email, password: 'una-password-lunga', handle, displayName: 'Carmela Russo', position: Position.OFFICIAL };
  }

  const row = (id: string) => t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id });

  it('refuses to list, create, resend and revoke invitations to members and moderators with FORBIDDEN, writing nothing', async () => {
    const invitation = await t.seed.invitation();
    const before = await t.count(InvitationEntity);
    for (const actor of [await t.seed.member(), await t.seed.moderator()]) {
      const cases: Array<[string, Record<string, unknown>]> = [
        [LIST, {}],
        [CREATE, { input: { email: 'vietato@comune.example.it' } }],
        [RESEND, { id: invitation.id }],
        [REVOKE, { id: invitation.id }],
      ];
      for (const [query, variables] of cases) {
        const res = await t.gql(actor, query, variables);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(await t.count(InvitationEntity)).toBe(before);
    expect(await row(invitation.id)).toMatchObject({ expiresAt: invitation.expiresAt, sentAt: null, revokedAt: null });
  });

  it('shows each invitation as PENDING, ACCEPTED, EXPIRED or REVOKED, with the admin who invited', async () => {
    const admin = await t.seed.admin({ displayName: 'Maria Esposito' });
    const pending = (await t.gql(admin, CREATE, { input: { email: 'in.attesa@comune.example.it' } })).data.createInvitation;
    expect(pending).toMatchObject({ status: 'PENDING', sentAt: expect.any(String), revokedAt: null, acceptedAt: null, invitedBy: { id: admin.id, displayName: 'Maria Esposito' } });

    const accepted = (await t.gql(admin, CREATE, { input: { email: 'accettato@comune.example.it' } })).data.createInvitation;
    const registered = await t.gql(null, REGISTER, { input: registration(accepted.code, accepted.email, 'accettato') });
    expect(registered.errors).toBeUndefined();

    const expired = await t.seed.invitation({ expiresAt: new Date(Date.now() - 60_000) });
    const revoked = (await t.gql(admin, CREATE, { input: { email: 'revocato@comune.example.it' } })).data.createInvitation;
    expect((await t.gql(admin, REVOKE, { id: revoked.id })).errors).toBeUndefined();

    const list = await t.gql(admin, LIST);
    expect(list.errors).toBeUndefined();
    const byId = new Map(list.data.invitations.map((i: { id: string }) => [i.id, i]));
    expect(byId.get(pending.id)).toMatchObject({ status: 'PENDING' });
    expect(byId.get(accepted.id)).toMatchObject({ status: 'ACCEPTED', acceptedAt: expect.any(String) });
    expect(byId.get(expired.id)).toMatchObject({ status: 'EXPIRED', invitedBy: null });
    expect(byId.get(revoked.id)).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
  });

  it('refuses an invitation for an address that is already a member with CONFLICT saying so, and writes nothing', async () => {
    const admin = await t.seed.admin();
    const existing = await t.seed.member({ email: 'gia.membro@comune.example.it' });
    const before = await t.count(InvitationEntity);
    const res = await t.gql(admin, CREATE, { input: { email: 'Gia.Membro@Comune.Example.it' } });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toBe(`${existing.email} è già membro della comunità: non serve un invito`);
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'email', message: expect.stringContaining('già di un membro') }]);
    expect(await t.count(InvitationEntity)).toBe(before);
  });

  it('renews the open invitation of an address (same code, new expiry and role) instead of creating a second one', async () => {
    const admin = await t.seed.admin();
    const old = await t.seed.invitation({ email: 'rinnovo@comune.example.it', expiresAt: new Date(Date.now() - 3_600_000) });
    const res = await t.gql(admin, CREATE, { input: { email: 'rinnovo@comune.example.it', role: 'MODERATOR' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createInvitation).toMatchObject({ id: old.id, code: old.code, role: 'MODERATOR', status: 'PENDING' });
    expect(new Date(res.data.createInvitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13.9 * 86_400_000);
    expect(await t.count(InvitationEntity, { email: 'rinnovo@comune.example.it' })).toBe(1);

    // Once revoked, inviting the address again makes a new invitation with a new code.
    await t.gql(admin, REVOKE, { id: old.id });
    const fresh = await t.gql(admin, CREATE, { input: { email: 'rinnovo@comune.example.it' } });
    expect(fresh.data.createInvitation.id).not.toBe(old.id);
    expect(fresh.data.createInvitation.code).not.toBe(old.code);
    expect(await t.count(InvitationEntity, { email: 'rinnovo@comune.example.it' })).toBe(2);
  });

  it('creates one invitation when two admins invite the same address at once', async () => {
    const [a, b] = [await t.seed.admin(), await t.seed.admin()];
    const results = await Promise.all([a, b, a, b].map((admin) => t.gql(admin, CREATE, { input: { email: 'insieme@comune.example.it' } })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data.createInvitation.id)).size).toBe(1);
    expect(await t.count(InvitationEntity, { email: 'insieme@comune.example.it' })).toBe(1);
  });

  it('resends a PENDING or EXPIRED invitation with a new expiry and sentAt, and the renewed code registers', async () => {
    const admin = await t.seed.admin();
    for (const [i, expiresAt] of [new Date(Date.now() + 86_400_000), new Date(Date.now() - 86_400_000)].entries()) {
      const invitation = await t.seed.invitation({ expiresAt });
      const res = await t.gql(admin, RESEND, { id: invitation.id });
      expect(res.errors).toBeUndefined();
      const resent = res.data.resendInvitation;
      expect(resent).toMatchObject({ id: invitation.id, code: invitation.code, status: 'PENDING', sentAt: expect.any(String) });
      expect(Math.abs(new Date(resent.sentAt).getTime() - Date.now())).toBeLessThan(60_000);
      expect(new Date(resent.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13.9 * 86_400_000);
      const registered = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, `rinviato${i}`) });
      expect(registered.errors).toBeUndefined();
    }
  });

  it('refuses to resend an ACCEPTED or REVOKED invitation with CONFLICT and changes nothing', async () => {
    const admin = await t.seed.admin();
    const accepted = await t.seed.invitation({ acceptedAt: new Date(Date.now() - 60_000) });
    const revoked = await t.seed.invitation({ revokedAt: new Date(Date.now() - 60_000) });
    for (const invitation of [accepted, revoked]) {
      const res = await t.gql(admin, RESEND, { id: invitation.id });
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/accettato|revocato/);
      expect(await row(invitation.id)).toMatchObject({ expiresAt: invitation.expiresAt, sentAt: null });
    }
  });

  it('revokes an invitation: its code is refused at registration with an Italian message, and no member is written', async () => {
    const admin = await t.seed.admin();
    const invitation = (await t.gql(admin, CREATE, { input: { email: 'da.revocare@comune.example.it' } })).data.createInvitation;
    const res = await t.gql(admin, REVOKE, { id: invitation.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.revokeInvitation).toMatchObject({ id: invitation.id, status: 'REVOKED', revokedAt: expect.any(String) });

    const again = await t.gql(admin, REVOKE, { id: invitation.id });
    expect(again.data.revokeInvitation.revokedAt).toBe(res.data.revokeInvitation.revokedAt);

    const register = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, 'revocato') });
    expect(register.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(register.errors?.[0].extensions?.fields).toEqual([{ field: 'invitationCode', message: expect.stringContaining('revocato') }]);
    expect(await t.count(MemberEntity, { email: invitation.email })).toBe(0);
    expect((await row(invitation.id)).acceptedAt).toBeNull();
  });

  it('refuses to revoke an accepted invitation with CONFLICT, and answers unknown ids with NOT_FOUND', async () => {
    const admin = await t.seed.admin();
    const accepted = await t.seed.invitation({ acceptedAt: new Date() });
    const res = await t.gql(admin, REVOKE, { id: accepted.id });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await row(accepted.id)).revokedAt).toBeNull();
    for (const id of ['00000000-0000-4000-8000-000000000000', 'non-un-uuid']) {
      expect((await t.gql(admin, REVOKE, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await t.gql(admin, RESEND, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});
