import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import { MemberStatus } from '@app/core';
import { NotificationEntity } from '@app/notifications';
import { settle, SocketClient, startTestApp, TestApp, SocketPool } from '@app/testing';

const INBOX = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    nodes { id type text createdAt readAt actor { id displayName } }
    pageInfo { hasNextPage endCursor } totalCount } }`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

describe('the notification inbox and the socket handshake', () => {
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

  async function connectError(auth: { token: string } | null): Promise<string> {
    try {
      const socket = await SocketClient.connect(t.baseUrl, auth);
      socket.close();
      return 'connected';
    } catch (err) {
      return (err as Error).message;
    }
  }

  it('refuses a handshake without a token, with a forged or expired one, and for a suspended member', async () => {
    const member = await t.seed.member();
    const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
    const expired = jwt.sign({}, t.config.jwtSecret, {
      algorithm: 'HS256',
      subject: member.id,
      issuer: 'buone-pratiche-hub',
      expiresIn: -10,
    });
    expect(await connectError(null)).toBe('UNAUTHENTICATED');
    expect(await connectError({ token: 'non-un-token' })).toBe('UNAUTHENTICATED');
    expect(await connectError({ token: `${member.token.slice(0, -4)}AAAA` })).toBe('UNAUTHENTICATED');
    expect(await connectError({ token: expired })).toBe('UNAUTHENTICATED');
    expect(await connectError(suspended)).toBe('UNAUTHENTICATED');
    expect(await connectError(member)).toBe('connected');
  });

  it('pages the inbox newest first with cursors and filters unread ones', async () => {
    const me = await t.seed.member();
    const actor = await t.seed.member({ displayName: 'Maria Rossi' });
    const other = await t.seed.member();
    const base = Date.now() - 60_000;
    for (let i = 0; i < 5; i++) {
      await t.seed.notification({
        recipientId: me.id,
        actorId: actor.id,
        text: `Notifica ${i}`,
        createdAt: new Date(base + i * 1000),
        readAt: i % 2 === 0 ? null : new Date(),
      });
    }
    await t.seed.notification({ recipientId: other.id, text: 'Di un altro membro' });

    const first = await t.gql(me, INBOX, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data.notifications.nodes.map((n: { text: string }) => n.text)).toEqual(['Notifica 4', 'Notifica 3']);
    expect(first.data.notifications.nodes[0].actor).toEqual({ id: actor.id, displayName: 'Maria Rossi' });
    expect(first.data.notifications.totalCount).toBe(5);
    const second = await t.gql(me, INBOX, { first: 10, after: first.data.notifications.pageInfo.endCursor });
    expect(second.data.notifications.nodes.map((n: { text: string }) => n.text)).toEqual(['Notifica 2', 'Notifica 1', 'Notifica 0']);
    expect(second.data.notifications.pageInfo.hasNextPage).toBe(false);

    const unread = await t.gql(me, INBOX, { unreadOnly: true });
    expect(unread.data.notifications.nodes.map((n: { text: string }) => n.text)).toEqual(['Notifica 4', 'Notifica 2', 'Notifica 0']);
    expect((await t.gql(me, UNREAD)).data.unreadNotificationCount).toBe(3);
  });

  it('marks the given notifications read, only the viewer’s own, and pushes the new count to every socket', async () => {
    const me = await t.seed.member();
    const other = await t.seed.member();
    const mine = await Promise.all([1, 2, 3].map(() => t.seed.notification({ recipientId: me.id })));
    const theirs = await t.seed.notification({ recipientId: other.id });
    const [phone, laptop] = [await connect(me), await connect(me)];

    const res = await t.gql(me, MARK_READ, { ids: [mine[0].id, theirs.id] });
    expect(res.data.markNotificationsRead).toBe(1);
    for (const socket of [phone, laptop]) expect(await socket.waitFor('unread')).toEqual({ count: 2 });
    const untouched = await t.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: theirs.id });
    expect(untouched.readAt).toBeNull();

    const again = await t.gql(me, MARK_READ, { ids: [mine[0].id] });
    expect(again.data.markNotificationsRead).toBe(0);

    const all = await t.gql(me, MARK_READ, {});
    expect(all.data.markNotificationsRead).toBe(2);
    await phone.waitFor('unread', (u) => u.count === 0);
    expect((await t.gql(me, UNREAD)).data.unreadNotificationCount).toBe(0);
  });

  it('refuses malformed ids with BAD_USER_INPUT and anonymous callers with UNAUTHENTICATED, changing nothing', async () => {
    const me = await t.seed.member();
    const n = await t.seed.notification({ recipientId: me.id });
    const bad = await t.gql(me, MARK_READ, { ids: [n.id, 'non-un-id'] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: n.id })).readAt).toBeNull();
    for (const query of [INBOX, UNREAD, MARK_READ]) {
      expect((await t.gql(null, query, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('pushes nothing to the sockets of other members', async () => {
    const me = await t.seed.member();
    const other = await t.seed.member();
    await t.seed.notification({ recipientId: me.id });
    const watcher = await connect(other);
    await t.gql(me, MARK_READ, {});
    await settle();
    expect(watcher.received.unread).toEqual([]);
  });
});
