import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { In, IsNull } from 'typeorm';
import { InvitationEntity, MemberEntity, Position } from '@app/members';
import { SocketClient, startTestApp, TestApp } from '@app/testing';

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { token member { id handle role email } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token member { id email } } }`;
const CREATE_INVITATION = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id code email role expiresAt acceptedAt } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id displayName jobTitle } }`;

describe('invitations, registration and login', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function registration(code: string, email: string, overrides: Record<string, unknown> = {}) {
    return {
      invitationCode: code,
      email,
      password: 'una-password-lunga',
      handle: `utente.${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'Giulia Esposito',
      position: Position.OFFICIAL,
      ...overrides,
    };
  }

  it('lets an admin invite, and the invited e-mail register once with the invitation role', async () => {
    const admin = await t.seed.admin();
    const created = await t.gql(admin, CREATE_INVITATION, { input: { email: 'Nuovo.Membro@Comune.Napoli.it', role: 'MODERATOR' } });
    expect(created.errors).toBeUndefined();
    const invitation = created.data.createInvitation;
    expect(invitation.email).toBe('nuovo.membro@comune.napoli.it');
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const input = registration(invitation.code, 'nuovo.membro@comune.napoli.it', { handle: 'nuovo.membro' });
    const registered = await t.gql(null, REGISTER, { input });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.register.member).toMatchObject({ handle: 'nuovo.membro', role: 'MODERATOR', email: 'nuovo.membro@comune.napoli.it' });
    expect(registered.data.register.token).toEqual(expect.any(String));

    const again = await t.gql(null, REGISTER, { input: { ...input, handle: 'altro.handle' } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields).toEqual([{ field: 'invitationCode', message: expect.stringContaining('già stato utilizzato') }]);
    expect(await t.count(MemberEntity, { handle: 'altro.handle' })).toBe(0);

    const accepted = await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: invitation.id });
    expect(accepted.acceptedAt).toBeInstanceOf(Date);
  });

  it('refuses an expired invitation and writes nothing', async () => {
    const invitation = await t.seed.invitation({ expiresAt: new Date(Date.now() - 1000) });
    const res = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { handle: 'scaduto' }) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'invitationCode', message: expect.stringContaining('scaduto') });
    expect(await t.count(MemberEntity, { handle: 'scaduto' })).toBe(0);
  });

  it('refuses an e-mail different from the invitation one', async () => {
    const invitation = await t.seed.invitation();
    const res = await t.gql(null, REGISTER, { input: registration(invitation.code, 'qualcun.altro@example.it', { handle: 'intruso' }) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('email');
    expect(await t.count(MemberEntity, { handle: 'intruso' })).toBe(0);
    const untouched = await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: invitation.id });
    expect(untouched.acceptedAt).toBeNull();
  });

  it('refuses a handle already taken with CONFLICT and leaves the invitation usable', async () => {
    const existing = await t.seed.member({ handle: 'mario.rossi' });
    const invitation = await t.seed.invitation();
    const res = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { handle: existing.handle }) });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('handle');
    expect(await t.count(MemberEntity, { email: invitation.email })).toBe(0);
    const retry = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { handle: 'mario.rossi2' }) });
    expect(retry.errors).toBeUndefined();
  });

  it('rejects invalid fields with BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const invitation = await t.seed.invitation();
    const res = await t.gql(null, REGISTER, {
      input: registration(invitation.code, invitation.email, { handle: 'AB', password: 'corta' }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field).sort();
    expect(fields).toEqual(['handle', 'password']);
    expect(await t.count(MemberEntity, { email: invitation.email })).toBe(0);
  });

  it('logs in with the right password only', async () => {
    const member = await t.seed.member();
    const ok = await t.gql(null, LOGIN, { email: member.email.toUpperCase(), password: member.password });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.login.member).toEqual({ id: member.id, email: member.email });

    const me = await t.gql({ token: ok.data.login.token }, `{ me { id handle } }`);
    expect(me.data.me).toEqual({ id: member.id, handle: member.handle });

    const wrong = await t.gql(null, LOGIN, { email: member.email, password: 'password-sbagliata' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
    const unknown = await t.gql(null, LOGIN, { email: 'nessuno@example.it', password: 'password-sbagliata' });
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('answers a suspended member’s right password exactly like a wrong one, and refuses writes with an earlier token', async () => {
    const admin = await t.seed.admin();
    const member = await t.seed.member();
    const suspended = await t.gql(admin, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED, reason: "spam") { status } }`, { id: member.id });
    expect(suspended.data.setMemberStatus.status).toBe('SUSPENDED');

    const right = await t.gql(null, LOGIN, { email: member.email, password: member.password });
    const wrong = await t.gql(null, LOGIN, { email: member.email, password: 'password-sbagliata' });
    expect(right.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(right.data).toBeNull();
    expect(right.errors?.[0].message).toBe('E-mail o password non corretti');
    expect(right.errors?.[0]).toEqual(wrong.errors?.[0]);

    const write = await t.gql(member, UPDATE_PROFILE, { input: { displayName: 'Nome Cambiato' } });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const row = await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: member.id });
    expect(row.displayName).toBe(member.displayName);
  });

  it('lets the owner sign in from an address with no failures after 11 failed logins from 11 other addresses', async () => {
    const member = await t.seed.member();
    for (let i = 1; i <= 11; i++) {
      const res = await t.gql(null, LOGIN, { email: member.email, password: 'password-sbagliata' }, { 'x-forwarded-for': `198.51.100.${i}` });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The e-mail is blocked for an address that failed…
    const failed = await t.gql(null, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': '198.51.100.3' });
    expect(failed.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // …but not for the owner's own address, which has no failure on record.
    const owner = await t.gql(null, LOGIN, { email: member.email, password: member.password }, { 'x-forwarded-for': '192.0.2.10' });
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.member.id).toBe(member.id);
  });

  it('refuses the 10,000 most common passwords (in any case) and one repeated character, naming the password field', async () => {
    const cases: Array<[string, RegExp]> = [
      ['password123', /più usate/],
      ['QwertyUiop', /più usate/],
      ['1q2w3e4r5t', /più usate/],
      ['aaaaaaaaaaaa', /un solo carattere ripetuto/],
      ['!!!!!!!!!!!!!!', /un solo carattere ripetuto/],
    ];
    for (const [password, reason] of cases) {
      const invitation = await t.seed.invitation();
      const res = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { password }) });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'password', message: expect.stringMatching(reason) }]);
      expect(await t.count(MemberEntity, { email: invitation.email })).toBe(0);
    }
    const invitation = await t.seed.invitation();
    const accepted = await t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { password: 'Ravioli-di-zia-Carmela' }) });
    expect(accepted.errors).toBeUndefined();
  });

  it('gives CONFLICT, never INTERNAL, to all but one of concurrent registrations with the same handle', async () => {
    const invitations = await Promise.all(Array.from({ length: 6 }, () => t.seed.invitation()));
    const results = await Promise.all(
      invitations.map((invitation) => t.gql(null, REGISTER, { input: registration(invitation.code, invitation.email, { handle: 'stesso.nome' }) })),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(5);
    for (const res of results.filter((r) => r.errors)) {
      expect(res.errors?.[0].message).toMatch(/nome utente/);
      expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'handle', message: expect.stringContaining('già in uso') }]);
    }
    expect(await t.count(MemberEntity, { handle: 'stesso.nome' })).toBe(1);
    const unused = await t.dataSource.getRepository(InvitationEntity).countBy({ id: In(invitations.map((i) => i.id)), acceptedAt: IsNull() });
    expect(unused).toBe(5);
  });

  it('ignores forged and expired tokens', async () => {
    const member = await t.seed.member();
    const forged = `${member.token.slice(0, -4)}AAAA`;
    const res = await t.gql({ token: forged }, `{ me { id } }`);
    expect(res.data.me).toBeNull();
    const write = await t.gql({ token: forged }, UPDATE_PROFILE, { input: { displayName: 'Falso' } });
    expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('treats a validly signed token whose subject is not a member id as no token (UNAUTHENTICATED, never INTERNAL)', async () => {
    for (const subject of ['admin', '12345', "x' OR '1'='1"]) {
      const token = jwt.sign({}, t.config.jwtSecret, { algorithm: 'HS256', subject, issuer: 'buone-pratiche-hub', expiresIn: 600 });
      const me = await t.gql({ token }, `{ me { id } }`);
      expect(me.errors).toBeUndefined();
      expect(me.data.me).toBeNull();
      const write = await t.gql({ token }, UPDATE_PROFILE, { input: { displayName: 'Falso' } });
      expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      await expect(SocketClient.connect(t.baseUrl, { token })).rejects.toThrow('UNAUTHENTICATED');
    }
  });

  it('refuses protected operations to anonymous callers', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [UPDATE_PROFILE, { input: { displayName: 'Anonimo' } }],
      [CREATE_INVITATION, { input: { email: 'x@example.it' } }],
      [`{ invitations { id } }`, {}],
      [`mutation { createAdministration(input: { name: "Comune di X", kind: MUNICIPALITY, region: LAZIO }) { id } }`, {}],
      [`{ moderationLog { totalCount } }`, {}],
    ];
    for (const [query, variables] of cases) {
      const res = await t.gql(null, query, variables);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
