import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmailOutboxEntity } from '@app/mail';
import { InvitationEntity, Position } from '@app/members';
import { linkIn, startTestApp, startTestSmtp, TestApp, TestSmtp } from '@app/testing';

const CREATE = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id code sentAt expiresAt } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(id: $id) { id code sentAt expiresAt status } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { token member { id } } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { token member { id } } }`;
const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token member { id } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const INBOX = `{ notifications { nodes { id } } }`;

describe('e-mails of invitations and accounts, through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://buonepratiche.example.it' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('e-mails an invitation with the registration link, whose code then registers', async () => {
    const admin = await t.seed.admin();
    const email = 'invitata@comune.example.it';
    const res = await t.gql(admin, CREATE, { input: { email } });
    expect(res.errors).toBeUndefined();
    expect(res.data.createInvitation.sentAt).toEqual(expect.any(String));
    const [message] = await smtp.waitFor(1, (m) => smtp.to(email).includes(m));
    expect(message.subject).toBe('Invito a Buone pratiche');
    expect(message.from?.text).toContain('noreply@localhost');
    const link = linkIn(message, 'https://buonepratiche.example.it/registrazione?codice=');
    expect(message.html).toContain(link);
    const code = new URL(link).searchParams.get('codice')!;
    expect(code).toBe(res.data.createInvitation.code);

    const registered = await t.gql(null, REGISTER, {
      input: { invitationCode: code, email, password: 'una-password-lunga', handle: 'invitata', displayName: 'Carmela Russo', position: Position.OFFICIAL },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.register.member.id).toEqual(expect.any(String));
  });

  it('resends an invitation: new expiry, sentAt set, and a second e-mail with the same link', async () => {
    const admin = await t.seed.admin();
    const invitation = await t.seed.invitation({ email: 'rinvio@comune.example.it', expiresAt: new Date(Date.now() - 60_000) });
    expect(invitation.sentAt).toBeNull();
    const res = await t.gql(admin, RESEND, { id: invitation.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.resendInvitation).toMatchObject({ status: 'PENDING', sentAt: expect.any(String) });
    expect(new Date(res.data.resendInvitation.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const [first] = await smtp.waitFor(1, (m) => smtp.to(invitation.email).includes(m));
    expect(linkIn(first, 'https://buonepratiche.example.it/registrazione?codice=')).toContain(encodeURIComponent(invitation.code));

    expect((await t.gql(admin, RESEND, { id: invitation.id })).errors).toBeUndefined();
    expect(await smtp.waitFor(2, (m) => smtp.to(invitation.email).includes(m))).toHaveLength(2);
    expect((await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: invitation.id })).sentAt).not.toBeNull();
  });

  it('resets a password through the e-mailed link once: old tokens then fail, the link is refused a second time', async () => {
    const member = await t.seed.member({ email: 'dimentica@comune.example.it' });
    expect((await t.gql(member, INBOX)).errors).toBeUndefined();
    const asked = await t.gql(null, REQUEST_RESET, { email: ' Dimentica@Comune.example.it ' });
    expect(asked).toMatchObject({ data: { requestPasswordReset: true } });
    const [message] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m) && m.subject === 'Reimpostazione della password');
    const link = linkIn(message, 'https://buonepratiche.example.it/reimposta-password?token=');
    const token = new URL(link).searchParams.get('token')!;
    const stored = await t.dataSource.query(`SELECT "tokenHash" FROM password_reset WHERE "memberId" = $1`, [member.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);

    const weak = await t.gql(null, RESET, { token, password: 'corta' });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'password' })]);

    const reset = await t.gql(null, RESET, { token, password: 'nuova-password-sicura' });
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetPassword.member.id).toBe(member.id);
    const old = await t.gql(member, INBOX);
    expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(reset.data.resetPassword, INBOX)).errors).toBeUndefined();
    expect((await t.gql(null, LOGIN, { email: member.email, password: 'nuova-password-sicura' })).errors).toBeUndefined();
    await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m) && m.subject === 'La sua password è stata cambiata');

    const again = await t.gql(null, RESET, { token, password: 'un-altra-password-ancora' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'token' })] });
    expect(again.errors?.[0].message).toMatch(/collegamento/);
  });

  it('answers true for an unknown e-mail and sends nothing', async () => {
    const before = await t.count(EmailOutboxEntity);
    const res = await t.gql(null, REQUEST_RESET, { email: 'nessuno@comune.example.it' });
    expect(res).toMatchObject({ data: { requestPasswordReset: true } });
    expect(await t.count(EmailOutboxEntity)).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.to('nessuno@comune.example.it')).toHaveLength(0);
  });

  it('limits reset requests per e-mail with RATE_LIMITED', async () => {
    const member = await t.seed.member({ email: 'insistente@comune.example.it' });
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 4; i++) codes.push((await t.gql(null, REQUEST_RESET, { email: member.email }, { 'x-forwarded-for': `10.1.0.${i}` })).errors?.[0].extensions?.code);
    expect(codes.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(codes[3]).toBe('RATE_LIMITED');
  });

  it('refuses changePassword with a wrong current password; the right one changes it, ends old tokens and e-mails', async () => {
    const member = await t.seed.member({ email: 'cambia@comune.example.it' });
    const wrong = await t.gql(member, CHANGE, { current: 'non-e-questa-la-password', next: 'nuova-password-sicura' });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'currentPassword' })] });
    expect((await t.gql(null, LOGIN, { email: member.email, password: member.password })).errors).toBeUndefined();

    const changed = await t.gql(member, CHANGE, { current: member.password, next: 'nuova-password-sicura' });
    expect(changed.errors).toBeUndefined();
    expect((await t.gql(member, INBOX)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(changed.data.changePassword, INBOX)).errors).toBeUndefined();
    expect((await t.gql(null, LOGIN, { email: member.email, password: member.password })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [message] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(message.subject).toBe('La sua password è stata cambiata');
  });
});
