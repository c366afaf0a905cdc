import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@app/core';
import { ThreadEntity } from '@app/forum';
import { NotificationEntity, NotificationType } from '@app/notifications';
import { SeededMember, settle, SocketClient, startTestApp, TestApp } from '@app/testing';
import { codeOf, demote, inboxOf, PRIVATE_REFUSAL, pushedUnread, seedViewers, VIEWER_KINDS, ViewerKind, Viewers } from './viewers.js';

/**
 * Who moderates, one rule on every path (canModerate / canModerateSql in core): an ACTIVE member
 * with role MODERATOR or ADMIN. Here the suspended viewer is a suspended moderator, and the demoted
 * one was a moderator until an admin made it a member; an admin moderates too.
 */
const KINDS = [...VIEWER_KINDS, 'admin'] as const;
type Kind = (typeof KINDS)[number];
const MODERATES: Record<Kind, boolean> = { anonymous: false, member: false, suspended: false, moderator: true, demoted: false, admin: true };
const WITH_SOCKET = ['member', 'moderator', 'demoted', 'admin'] as const;
type SocketKind = (typeof WITH_SOCKET)[number];

describe('who moderates: one rule on every path', () => {
  let t: TestApp;
  let v: Viewers;
  let hidden: ThreadEntity & { openingPostId: string };
  let flagged: ThreadEntity & { openingPostId: string };
  let hiddenReply: string;
  let seededFlag: Partial<Record<Kind, string>>;
  const sockets: Partial<Record<SocketKind, SocketClient>> = {};
  const plain: Partial<Record<SocketKind, string>> = {};

  const actor = (kind: Kind): SeededMember | null => v[kind];
  const expected = (kind: Kind) => MODERATES[kind];

  beforeAll(async () => {
    t = await startTestApp();
    v = await seedViewers(t, { suspendedRole: Role.MODERATOR });
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const writer = await t.seed.moderator();
    hidden = await t.seed.thread({ authorId: author.id, hidden: true });
    flagged = await t.seed.thread({ authorId: author.id });
    seededFlag = {};
    for (const kind of WITH_SOCKET) {
      const recipientId = v[kind].id;
      // A NEW_FLAG received while a moderator: it goes with the role.
      seededFlag[kind] = (await t.seed.notification({ recipientId, threadId: flagged.id, postId: flagged.openingPostId, type: NotificationType.NEW_FLAG })).id;
      plain[kind] = (await t.seed.notification({ recipientId, threadId: flagged.id, type: NotificationType.NEW_POST })).id;
      const socket = await SocketClient.connect(t.baseUrl, v[kind]);
      sockets[kind] = socket;
      await socket.request('thread:watch', { threadId: hidden.id });
    }
    await demote(t, v);
    await settle();

    const flag = await t.gql(reporter, `mutation ($id: ID!) { flagPost(postId: $id, reason: "Dati personali") { id } }`, { id: flagged.openingPostId });
    expect(flag.errors).toBeUndefined();
    const reply = await t.gql(writer, `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`, {
      input: { threadId: hidden.id, body: 'Nota dei moderatori' },
    });
    expect(reply.errors).toBeUndefined();
    hiddenReply = reply.data.replyToThread.id;
  });

  afterAll(async () => {
    Object.values(sockets).forEach((s) => s?.close());
    await t.close();
  });

  it.each(KINDS)('the moderation tools (%s)', async (kind) => {
    const queue = await t.gql(actor(kind), `{ moderationQueue { totalCount } }`);
    const pin = await t.gql(actor(kind), `mutation ($id: ID!) { setThreadPinned(threadId: $id, pinned: false) { pinned } }`, { id: flagged.id });
    if (expected(kind)) {
      expect(queue.data.moderationQueue.totalCount).toBe(1);
      expect(pin.data.setThreadPinned).toEqual({ pinned: false });
    } else {
      const refusal = kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect([codeOf(queue), codeOf(pin)]).toEqual([refusal, refusal]);
    }
  });

  it.each(KINDS)('hidden content by id (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($id: ID!) { thread(id: $id) { hidden } }`, { id: hidden.id });
    if (expected(kind)) expect(res.data.thread).toEqual({ hidden: true });
    else expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it.each(KINDS)('NEW_FLAG notifications written, kept and counted (%s)', async (kind) => {
    const member = actor(kind);
    const written = member ? await t.count(NotificationEntity, { recipientId: member.id, type: NotificationType.NEW_FLAG }) : 0;
    const seeded = kind in seededFlag ? 1 : 0;
    expect(written - seeded).toBe(expected(kind) ? 1 : 0);
    const inbox = await inboxOf(t, member);
    const refusal = PRIVATE_REFUSAL[kind as ViewerKind];
    if (refusal) {
      expect(inbox).toBe(refusal);
      return;
    }
    if (typeof inbox === 'string') throw new Error(inbox);
    expect(inbox.nodes.filter((n) => n.type === NotificationType.NEW_FLAG)).toHaveLength(expected(kind) ? 2 : 0);
    expect([inbox.count, inbox.total]).toEqual([inbox.nodes.length, inbox.nodes.length]);
    const socketKind = kind as SocketKind;
    expect(await pushedUnread(t, member!, sockets[socketKind]!, plain[socketKind]!)).toBe(inbox.count - 1);
  });

  it.each(KINDS)('socket pushes: flags:open and post:created of hidden content (%s)', async (kind) => {
    const socket = sockets[kind as SocketKind];
    if (!socket) {
      await expect(SocketClient.connect(t.baseUrl, actor(kind))).rejects.toThrow('UNAUTHENTICATED');
      return;
    }
    if (expected(kind)) {
      expect(await socket.waitFor('flags:open')).toEqual({ count: 1 });
      await socket.waitFor('post:created', (p) => p.postId === hiddenReply);
    } else {
      await settle();
      expect(socket.received['flags:open']).toEqual([]);
      expect(socket.received['post:created']).toEqual([]);
    }
  });
});
