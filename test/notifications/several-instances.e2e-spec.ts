import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowTargetType, RealtimeService } from '@app/notifications';
import { settle, SocketClient, startTestApp, TestApp } from '@app/testing';

const REDIS_URL = process.env.REDIS_URL;
const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;

// Two API instances on one database and one Redis, as behind a load balancer.
(REDIS_URL ? describe : describe.skip)('several instances through the Redis adapter', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: SocketClient[] = [];
  beforeAll(async () => {
    a = await startTestApp({ env: { REDIS_URL: REDIS_URL! } });
    b = await startTestApp({ env: { REDIS_URL: REDIS_URL! }, database: a.database });
    // Both adapters subscribed: each instance sees at least the two of this file.
    for (const app of [a, b]) {
      const deadline = Date.now() + 5000;
      while ((await app.app.get(RealtimeService).instanceCount()) < 2) {
        if (Date.now() > deadline) throw new Error('Redis adapter not subscribed');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await b?.close();
    await a?.close();
  });

  it('delivers to a member connected to instance B what a write on instance A caused', async () => {
    const author = await a.seed.member();
    const follower = await a.seed.member();
    const replier = await a.seed.member({ displayName: 'Rosa Caruso' });
    const thread = await a.seed.thread({ authorId: author.id, title: 'Porta di dominio tra anagrafi' });
    const reader = await a.seed.member();
    const onB = await SocketClient.connect(b.baseUrl, follower);
    const alsoOnA = await SocketClient.connect(a.baseUrl, follower);
    const readerOnB = await SocketClient.connect(b.baseUrl, reader);
    sockets.push(onB, alsoOnA, readerOnB);
    await a.seed.follow(follower.id, FollowTargetType.THREAD, thread.id);
    expect(await readerOnB.request('thread:watch', { threadId: thread.id })).toEqual({ ok: true });

    const res = await a.gql(replier, REPLY, { input: { threadId: thread.id, body: 'Noi l’abbiamo attivata nel 2010.' } });
    expect(res.errors).toBeUndefined();
    const postId = res.data.replyToThread.id;

    for (const socket of [onB, alsoOnA]) {
      expect(await socket.waitFor('notification')).toMatchObject({
        type: 'NEW_POST',
        text: 'Rosa Caruso ha scritto nella discussione «Porta di dominio tra anagrafi»',
        postId,
      });
      expect(await socket.waitFor('unread')).toEqual({ count: 1 });
    }
    expect(await readerOnB.waitFor('post:created')).toEqual({ threadId: thread.id, postId, authorId: replier.id });
    const inbox = await b.gql(follower, `{ notifications { nodes { id } } }`);
    expect(inbox.data.notifications.nodes.map((n: { id: string }) => n.id)).toEqual([onB.received.notification[0].id]);
  });

  it('sends post:created about a thread hidden on instance A only to the moderators among the watchers on instance B', async () => {
    const moderator = await a.seed.moderator();
    const watchingModerator = await a.seed.moderator();
    const reader = await a.seed.member();
    const thread = await a.seed.thread({ authorId: reader.id, title: 'Interoperabilità tra sistemi regionali' });
    const [readerOnB, moderatorOnB, moderatorOnA] = [
      await SocketClient.connect(b.baseUrl, reader),
      await SocketClient.connect(b.baseUrl, watchingModerator),
      await SocketClient.connect(a.baseUrl, watchingModerator),
    ];
    sockets.push(readerOnB, moderatorOnB, moderatorOnA);
    for (const socket of [readerOnB, moderatorOnB, moderatorOnA]) {
      expect(await socket.request('thread:watch', { threadId: thread.id })).toEqual({ ok: true });
    }
    const hidden = await a.gql(moderator, `mutation ($t: ID!) { setThreadHidden(threadId: $t, hidden: true) { hidden } }`, { t: thread.id });
    expect(hidden.errors).toBeUndefined();

    const res = await a.gql(moderator, REPLY, { input: { threadId: thread.id, body: 'Solo per i moderatori.' } });
    expect(res.errors).toBeUndefined();
    const postId = res.data.replyToThread.id;

    for (const socket of [moderatorOnB, moderatorOnA]) {
      expect(await socket.waitFor('post:created')).toEqual({ threadId: thread.id, postId, authorId: moderator.id });
    }
    await settle();
    expect(readerOnB.received['post:created']).toEqual([]);
  });

  it('sends flags:open about a flag on instance A to the moderators on instance B, not to one demoted through A', async () => {
    const admin = await a.seed.admin();
    const [moderator, demoted] = [await a.seed.moderator(), await a.seed.moderator()];
    const [author, reporter] = [await a.seed.member(), await a.seed.member()];
    const thread = await a.seed.thread({ authorId: author.id });
    const [moderatorOnB, demotedOnB, reporterOnB] = [
      await SocketClient.connect(b.baseUrl, moderator),
      await SocketClient.connect(b.baseUrl, demoted),
      await SocketClient.connect(b.baseUrl, reporter),
    ];
    sockets.push(moderatorOnB, demotedOnB, reporterOnB);
    const demote = await a.gql(admin, `mutation ($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { role } }`, { id: demoted.id });
    expect(demote.data.setMemberRole.role).toBe('MEMBER');

    const res = await a.gql(reporter, `mutation ($p: ID!) { flagPost(postId: $p, reason: "Spam pubblicitario") { id } }`, { p: thread.openingPostId });
    expect(res.errors).toBeUndefined();
    const open = await b.gql(moderator, `{ moderationQueue(first: 1) { totalCount } }`);
    expect(await moderatorOnB.waitFor('flags:open')).toEqual({ count: open.data.moderationQueue.totalCount });
    expect(await moderatorOnB.waitFor('notification')).toMatchObject({ type: 'NEW_FLAG', postId: thread.openingPostId });
    await settle();
    expect(demotedOnB.received['flags:open']).toEqual([]);
    expect(reporterOnB.received['flags:open']).toEqual([]);
  });

  it('closes on instance B the sockets of a member suspended through instance A', async () => {
    const admin = await a.seed.admin();
    const member = await a.seed.member();
    const onB = await SocketClient.connect(b.baseUrl, member);
    sockets.push(onB);
    const closed = new Promise<string>((resolve) => onB.socket.once('disconnect', (reason) => resolve(reason)));

    const res = await a.gql(admin, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED) { status } }`, { id: member.id });
    expect(res.data.setMemberStatus.status).toBe('SUSPENDED');
    expect(await closed).toBe('io server disconnect');
  });
});
