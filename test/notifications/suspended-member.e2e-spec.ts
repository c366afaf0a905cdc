import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowLevel, FollowTargetType, NotificationEntity } from '@app/notifications';
import { SeededMember, startTestApp, TestApp } from '@app/testing';

const SET_STATUS = `mutation ($id: ID!, $status: MemberStatus!) { setMemberStatus(memberId: $id, status: $status) { status } }`;
const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;
const PRIVATE_QUERIES: Record<string, string> = {
  notifications: `{ notifications { nodes { id } } }`,
  unreadNotificationCount: `{ unreadNotificationCount }`,
  myFollows: `{ myFollows { targetId } }`,
  digest: `{ digest { since newThreads { id } activeThreads { id } } }`,
};

describe('a suspended member’s earlier token', () => {
  let t: TestApp;
  let admin: SeededMember;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.seed.admin();
  });
  afterAll(() => t.close());

  async function setStatus(member: SeededMember, status: 'ACTIVE' | 'SUSPENDED'): Promise<void> {
    const res = await t.gql(admin, SET_STATUS, { id: member.id, status });
    expect(res.errors).toBeUndefined();
    expect(res.data.setMemberStatus.status).toBe(status);
  }

  it('answers notifications, unread count, myFollows and digest with FORBIDDEN and an Italian message, and `me` with SUSPENDED', async () => {
    const member = await t.seed.member();
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    await t.seed.follow(member.id, FollowTargetType.THREAD, thread.id);
    await t.seed.notification({ recipientId: member.id, threadId: thread.id });
    for (const [field, query] of Object.entries(PRIVATE_QUERIES)) {
      const before = await t.gql(member, query);
      expect([field, before.errors]).toEqual([field, undefined]);
    }

    await setStatus(member, 'SUSPENDED');

    for (const [field, query] of Object.entries(PRIVATE_QUERIES)) {
      const res = await t.gql(member, query);
      expect([field, res.errors?.[0]?.extensions?.code]).toEqual([field, 'FORBIDDEN']);
      expect(res.errors?.[0]?.message).toBe('Il tuo account è sospeso: puoi consultare solo i contenuti pubblici');
      expect(res.data ?? null).toBeNull();
    }
    const me = await t.gql(member, `{ me { id status } }`);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toEqual({ id: member.id, status: 'SUSPENDED' });
  });

  it('reads a thread as an anonymous caller would: viewerIsFollowing is false', async () => {
    const member = await t.seed.member();
    const thread = await t.seed.thread({ authorId: (await t.seed.member()).id });
    await t.seed.follow(member.id, FollowTargetType.THREAD, thread.id);
    const query = `query ($id: ID!) { thread(id: $id) { id viewerIsFollowing } }`;
    expect((await t.gql(member, query, { id: thread.id })).data.thread.viewerIsFollowing).toBe(true);

    await setStatus(member, 'SUSPENDED');

    const res = await t.gql(member, query, { id: thread.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.thread).toEqual({ id: thread.id, viewerIsFollowing: false });
  });

  it('writes no notification for a suspended follower, who finds nothing from that time once reactivated', async () => {
    const follower = await t.seed.member();
    const mentioned = await t.seed.member();
    const control = await t.seed.member();
    const author = await t.seed.member();
    const replier = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const post = await t.seed.post({ threadId: thread.id, authorId: follower.id, body: 'Il mio messaggio' });
    for (const m of [follower, control]) await t.seed.follow(m.id, FollowTargetType.THREAD, thread.id, FollowLevel.WATCHING);
    await setStatus(follower, 'SUSPENDED');
    await setStatus(mentioned, 'SUSPENDED');

    // The suspended follower is watching, replied to and mentioned; the other suspended member is mentioned.
    const res = await t.gql(replier, REPLY, {
      input: { threadId: thread.id, body: `Rispondo a @${follower.handle} e a @${mentioned.handle}.`, replyToPostId: post.id },
    });
    expect(res.errors).toBeUndefined();
    const postId = res.data.replyToThread.id;

    expect(await t.count(NotificationEntity, { postId, recipientId: control.id })).toBe(1);
    expect(await t.count(NotificationEntity, { recipientId: follower.id })).toBe(0);
    expect(await t.count(NotificationEntity, { recipientId: mentioned.id })).toBe(0);

    await setStatus(follower, 'ACTIVE');
    const inbox = await t.gql(follower, `{ notifications { nodes { id } } unreadNotificationCount }`);
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data).toEqual({ notifications: { nodes: [] }, unreadNotificationCount: 0 });
  });
});
