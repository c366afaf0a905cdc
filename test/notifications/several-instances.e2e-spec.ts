import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowTargetType, RealtimeService } from '@app/notifications';
import { SocketClient, startTestApp, TestApp } from '@app/testing';

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
});
