import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { NotificationEntity, NotificationType } from '@app/notifications';
import { SeededMember, settle, SocketClient, startTestApp, TestApp, SocketPool } from '@app/testing';

const FLAG = `mutation ($postId: ID!, $reason: String!) { flagPost(postId: $postId, reason: $reason) { id } }`;
const RESOLVE = `mutation ($flagId: ID!, $resolution: FlagResolution!) { resolveFlag(flagId: $flagId, resolution: $resolution) { status } }`;
const OPEN_FLAGS = `{ moderationQueue(first: 1) { totalCount } }`;
const INBOX = `{ notifications(first: 50) { nodes { id type text readAt actor { id } thread { id } post { id hidden } } } unreadNotificationCount }`;
const SET_ROLE = `mutation ($m: ID!, $r: Role!) { setMemberRole(memberId: $m, role: $r) { role } }`;

describe('flags for moderators: NEW_FLAG notifications and the live count of open flags', () => {
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

  async function openFlags(moderator: SeededMember): Promise<number> {
    const res = await t.gql(moderator, OPEN_FLAGS);
    expect(res.errors).toBeUndefined();
    return res.data.moderationQueue.totalCount;
  }

  async function flag(reporter: SeededMember, postId: string, reason = 'Contenuto offensivo'): Promise<string> {
    const res = await t.gql(reporter, FLAG, { postId, reason });
    expect(res.errors).toBeUndefined();
    return res.data.flagPost.id;
  }

  it('notifies every active moderator and admin of a new flag, pointing at the post, but not the reporter, members or suspended moderators', async () => {
    const moderator = await t.seed.moderator();
    const admin = await t.seed.admin();
    const suspended = await t.seed.moderator({ status: MemberStatus.SUSPENDED });
    const reportingModerator = await t.seed.moderator();
    const member = await t.seed.member();
    const author = await t.seed.member({ displayName: 'Anna Bianchi' });
    const reporter = await t.seed.member({ displayName: 'Mario Rossi' });
    const thread = await t.seed.thread({ authorId: author.id, title: 'Protocollo informatico e PEC' });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });

    await flag(reporter, reply.id);

    for (const recipient of [moderator, admin, reportingModerator]) {
      const inbox = await t.gql(recipient, INBOX);
      expect(inbox.data.notifications.nodes).toEqual([
        {
          id: expect.any(String),
          type: 'NEW_FLAG',
          text: 'Mario Rossi ha segnalato un messaggio di Anna Bianchi nella discussione «Protocollo informatico e PEC»',
          readAt: null,
          actor: { id: reporter.id },
          thread: { id: thread.id },
          post: { id: reply.id, hidden: false },
        },
      ]);
      expect(inbox.data.unreadNotificationCount).toBe(1);
    }
    for (const other of [reporter, member, author, suspended]) {
      expect(await t.count(NotificationEntity, { recipientId: other.id, type: NotificationType.NEW_FLAG })).toBe(0);
    }

    // A moderator who flags is not told of their own flag; the others are.
    await flag(reportingModerator, thread.openingPostId, 'Dati personali in chiaro');
    expect(await t.count(NotificationEntity, { recipientId: reportingModerator.id, type: NotificationType.NEW_FLAG })).toBe(1);
    expect(await t.count(NotificationEntity, { recipientId: moderator.id, type: NotificationType.NEW_FLAG })).toBe(2);

    // A moderator whose own post is flagged is not told who flagged it; the others are.
    const ownPost = await t.seed.post({ threadId: thread.id, authorId: moderator.id });
    await flag(reporter, ownPost.id, 'Fuori tema');
    expect(await t.count(NotificationEntity, { recipientId: moderator.id, type: NotificationType.NEW_FLAG })).toBe(2);
    expect(await t.count(NotificationEntity, { recipientId: admin.id, type: NotificationType.NEW_FLAG })).toBe(3);
  });

  it('writes nothing for a flag refused with CONFLICT (the notifications share the flag’s transaction)', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    await flag(reporter, thread.openingPostId);
    const again = await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Di nuovo' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await t.count(NotificationEntity, { recipientId: moderator.id, type: NotificationType.NEW_FLAG, postId: thread.openingPostId })).toBe(1);
  });

  it('pushes the NEW_FLAG notification and the unread count to moderators’ sockets, nothing to members’', async () => {
    const moderator = await t.seed.moderator();
    const member = await t.seed.member();
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const [moderatorSocket, memberSocket, reporterSocket] = [await connect(moderator), await connect(member), await connect(reporter)];

    await flag(reporter, thread.openingPostId);
    expect(await moderatorSocket.waitFor('notification', (n) => n.type === 'NEW_FLAG' && n.postId === thread.openingPostId)).toMatchObject({
      actorId: reporter.id,
      threadId: thread.id,
    });
    expect(await moderatorSocket.waitFor('unread')).toEqual({ count: 1 });
    await settle();
    expect(memberSocket.received.notification).toEqual([]);
    expect(reporterSocket.received.notification).toEqual([]);
  });

  it('keeps NEW_FLAG notifications about a post hidden since then for moderators, and drops them from a demoted moderator’s inbox', async () => {
    const admin = await t.seed.admin();
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const flagId = await flag(reporter, thread.openingPostId);
    expect((await t.gql(moderator, RESOLVE, { flagId, resolution: 'HIDE_POST' })).errors).toBeUndefined();

    const inbox = await t.gql(admin, INBOX);
    expect(inbox.data.notifications.nodes.find((n: any) => n.type === 'NEW_FLAG' && n.post?.id === thread.openingPostId)).toMatchObject({
      post: { hidden: true },
    });

    expect((await t.gql(admin, SET_ROLE, { m: moderator.id, r: 'MEMBER' })).errors).toBeUndefined();
    const demoted = await t.gql(moderator, INBOX);
    expect(demoted.data.notifications.nodes.filter((n: any) => n.type === 'NEW_FLAG')).toEqual([]);
    expect(demoted.data.unreadNotificationCount).toBe(0);
  });

  it('pushes flags:open with the number of open flags to moderators after a flag, a dismissal and an upheld flag, never to members', async () => {
    const moderator = await t.seed.moderator();
    const admin = await t.seed.admin();
    const member = await t.seed.member();
    const author = await t.seed.member();
    const [first, second, third] = [await t.seed.member(), await t.seed.member(), await t.seed.member()];
    const thread = await t.seed.thread({ authorId: author.id });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });
    const [moderatorSocket, adminSocket, memberSocket, reporterSocket] = [
      await connect(moderator),
      await connect(admin),
      await connect(member),
      await connect(first),
    ];
    const start = await openFlags(moderator);

    const dismissed = await flag(first, thread.openingPostId);
    for (const socket of [moderatorSocket, adminSocket]) expect(await socket.waitFor('flags:open')).toEqual({ count: start + 1 });
    const upheld = await flag(second, reply.id);
    await flag(third, reply.id);
    for (const socket of [moderatorSocket, adminSocket]) await socket.waitFor('flags:open', (p) => p.count === start + 3);
    expect(await openFlags(moderator)).toBe(start + 3);

    expect((await t.gql(moderator, RESOLVE, { flagId: dismissed, resolution: 'DISMISS' })).errors).toBeUndefined();
    await moderatorSocket.waitFor('flags:open', (p) => p.count === start + 2);
    // Hiding the post upholds both flags on it: the count falls by two at once.
    expect((await t.gql(admin, RESOLVE, { flagId: upheld, resolution: 'HIDE_POST' })).errors).toBeUndefined();
    expect(await adminSocket.waitFor('flags:open', (p) => p.count === start)).toEqual({ count: start });
    expect(await openFlags(admin)).toBe(start);
    expect(moderatorSocket.received['flags:open'].map((p) => p.count).slice(-1)).toEqual([start]);

    await settle();
    expect(memberSocket.received['flags:open']).toEqual([]);
    expect(reporterSocket.received['flags:open']).toEqual([]);
    // A refused resolution changes nothing and pushes nothing.
    const pushes = moderatorSocket.received['flags:open'].length;
    expect((await t.gql(moderator, RESOLVE, { flagId: dismissed, resolution: 'DISMISS' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await settle();
    expect(moderatorSocket.received['flags:open']).toHaveLength(pushes);
  });

  it('stops sending flags:open to a demoted moderator and starts with a member promoted to moderator, without reconnecting', async () => {
    const admin = await t.seed.admin();
    const moderator = await t.seed.moderator();
    const member = await t.seed.member();
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const [moderatorSocket, memberSocket, adminSocket] = [await connect(moderator), await connect(member), await connect(admin)];

    expect((await t.gql(admin, SET_ROLE, { m: moderator.id, r: 'MEMBER' })).errors).toBeUndefined();
    expect((await t.gql(admin, SET_ROLE, { m: member.id, r: 'MODERATOR' })).errors).toBeUndefined();
    const thread = await t.seed.thread({ authorId: author.id });
    await flag(reporter, thread.openingPostId);

    const count = (await adminSocket.waitFor('flags:open')).count;
    expect(await memberSocket.waitFor('flags:open')).toEqual({ count });
    await settle();
    expect(moderatorSocket.received['flags:open']).toEqual([]);
    // Nor does the demoted moderator's new socket join the moderators.
    const again = await connect(moderator);
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });
    await flag(reporter, reply.id);
    await adminSocket.waitFor('flags:open', (p) => p.count === count + 1);
    await settle();
    expect(again.received['flags:open']).toEqual([]);
    expect(moderatorSocket.received['flags:open']).toEqual([]);
  });
});
