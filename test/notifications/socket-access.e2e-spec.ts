import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { settle, SeededMember, SocketClient, startTestApp, TestApp, SocketPool } from '@app/testing';

const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;
const SET_HIDDEN = `mutation ($t: ID!, $hidden: Boolean!) { setThreadHidden(threadId: $t, hidden: $hidden) { hidden } }`;
const SET_ROLE = `mutation ($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { role } }`;
const SET_STATUS = `mutation ($id: ID!, $status: MemberStatus!) { setMemberStatus(memberId: $id, status: $status) { status } }`;

describe('sockets lose what their member may no longer see', () => {
  let t: TestApp;
  const pool = new SocketPool(() => t.baseUrl);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  const connect = (actor: { token: string }): Promise<SocketClient> => pool.connect(actor);

  async function watch(socket: SocketClient, threadId: string): Promise<void> {
    expect(await socket.request('thread:watch', { threadId })).toEqual({ ok: true });
  }

  async function reply(author: SeededMember, threadId: string, body: string): Promise<string> {
    const res = await t.gql(author, REPLY, { input: { threadId, body } });
    expect(res.errors).toBeUndefined();
    return res.data.replyToThread.id;
  }

  const disconnection = (client: SocketClient) => new Promise<string>((resolve) => client.socket.once('disconnect', (reason) => resolve(reason)));

  it('stops post:created to a member watching a thread once it is hidden, while a moderator still receives it', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const reader = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const [readerSocket, moderatorSocket] = [await connect(reader), await connect(moderator)];
    await watch(readerSocket, thread.id);
    await watch(moderatorSocket, thread.id);
    const before = await reply(author, thread.id, 'Prima della moderazione.');
    await readerSocket.waitFor('post:created', (p) => p.postId === before);

    const hidden = await t.gql(moderator, SET_HIDDEN, { t: thread.id, hidden: true });
    expect(hidden.errors).toBeUndefined();
    const during = await reply(moderator, thread.id, 'Nota dei moderatori nella discussione nascosta.');

    expect(await moderatorSocket.waitFor('post:created', (p) => p.postId === during)).toEqual({
      threadId: thread.id,
      postId: during,
      authorId: moderator.id,
    });
    await settle();
    expect(readerSocket.received['post:created'].map((p) => p.postId)).toEqual([before]);

    // Visible again: the socket still watching receives again.
    await t.gql(moderator, SET_HIDDEN, { t: thread.id, hidden: false });
    const after = await reply(author, thread.id, 'Di nuovo visibile.');
    await readerSocket.waitFor('post:created', (p) => p.postId === after);
    expect(readerSocket.received['post:created'].map((p) => p.postId)).toEqual([before, after]);
  });

  it('stops post:created about a hidden thread to a moderator demoted while watching it', async () => {
    const admin = await t.seed.admin();
    const writer = await t.seed.moderator();
    const demoted = await t.seed.moderator();
    const stays = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: (await t.seed.member()).id, hidden: true });
    const [demotedSocket, staysSocket] = [await connect(demoted), await connect(stays)];
    await watch(demotedSocket, thread.id);
    await watch(staysSocket, thread.id);
    const before = await reply(writer, thread.id, 'Prima del cambio di ruolo.');
    await demotedSocket.waitFor('post:created', (p) => p.postId === before);

    const res = await t.gql(admin, SET_ROLE, { id: demoted.id, role: 'MEMBER' });
    expect(res.data.setMemberRole.role).toBe('MEMBER');
    const after = await reply(writer, thread.id, 'Dopo il cambio di ruolo.');

    await staysSocket.waitFor('post:created', (p) => p.postId === after);
    await settle();
    expect(demotedSocket.received['post:created'].map((p) => p.postId)).toEqual([before]);
    expect(demotedSocket.socket.connected).toBe(true);
  });

  it('closes the sockets opened with tokens a password change has ended, and accepts the new token', async () => {
    const member = await t.seed.member();
    const other = await t.seed.member();
    const thread = await t.seed.thread({ authorId: member.id });
    const [phone, laptop, otherSocket] = [await connect(member), await connect(member), await connect(other)];
    await watch(phone, thread.id);
    const closed = [disconnection(phone), disconnection(laptop)];

    const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }`;
    const changed = await t.gql(member, CHANGE, { current: member.password, next: 'una-password-nuova-e-lunga' });
    expect(changed.errors).toBeUndefined();

    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
    const fresh = await connect({ token: changed.data.changePassword.token });
    await watch(fresh, thread.id);
    await settle();
    expect(fresh.socket.connected).toBe(true);
    expect(otherSocket.socket.connected).toBe(true);
  });

  it('disconnects a socket when its token expires, and only that socket', async () => {
    const member = await t.seed.member();
    const shortLived = jwt.sign({}, t.config.jwtSecret, {
      algorithm: 'HS256',
      subject: member.id,
      issuer: 'buone-pratiche-hub',
      expiresIn: 2,
    });
    const { exp } = jwt.decode(shortLived) as { exp: number };
    const [expiring, lasting] = [await connect({ token: shortLived }), await connect(member)];
    expect(expiring.socket.connected).toBe(true);
    const closed = disconnection(expiring);

    expect(await closed).toBe('io server disconnect');
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
    expect(Date.now()).toBeLessThan(exp * 1000 + 2000);
    expect(lasting.socket.connected).toBe(true);
  });

  it('disconnects every socket of a member who gets suspended, leaving other members connected', async () => {
    const admin = await t.seed.admin();
    const member = await t.seed.member();
    const other = await t.seed.member();
    const [phone, laptop, otherSocket] = [await connect(member), await connect(member), await connect(other)];
    const closed = [disconnection(phone), disconnection(laptop)];

    const res = await t.gql(admin, SET_STATUS, { id: member.id, status: 'SUSPENDED' });
    expect(res.data.setMemberStatus.status).toBe('SUSPENDED');

    expect(await Promise.all(closed)).toEqual(['io server disconnect', 'io server disconnect']);
    await settle();
    expect(otherSocket.socket.connected).toBe(true);
  });
});
