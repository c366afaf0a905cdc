import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowTargetType, NotificationType } from '@app/notifications';
import { PostEntity, ThreadEntity } from '@app/forum';
import { PracticeEntity } from '@app/practices';
import { SeededMember, settle, SocketClient, startTestApp, TestApp } from '@app/testing';
import {
  codeOf,
  demote,
  follows,
  inboxOf,
  PRIVATE_REFUSAL,
  pushedUnread,
  seedViewers,
  SIGNED_IN_KINDS,
  VIEWER_KINDS,
  ViewerKind,
  Viewers,
} from './viewers.js';

/**
 * Hidden threads and posts, one rule on every path (forum.rules.ts): only moderators (ACTIVE,
 * MODERATOR or ADMIN) see them. Each test asks one path the same question for every kind of
 * viewer: does it see the hidden thread, the hidden post and the post inside the hidden thread?
 */
const SEES_HIDDEN: Record<ViewerKind, boolean> = { anonymous: false, member: false, suspended: false, moderator: true, demoted: false };
const WORD = 'ornitorinco';

describe('hidden threads and posts: one rule on every path', () => {
  let t: TestApp;
  let v: Viewers;
  let author: SeededMember;
  let hiddenThread: ThreadEntity & { openingPostId: string };
  let visibleThread: ThreadEntity & { openingPostId: string };
  let hiddenPost: PostEntity;
  let postInHidden: PostEntity;
  let practice: PracticeEntity;
  let categoryId: string;
  const sockets: Partial<Record<ViewerKind, SocketClient>> = {};
  const replies: { inHidden?: string; inVisible?: string } = {};
  /** A notification about something visible to all, per viewer: marking it read makes the gateway push `unread`. */
  const plain: Partial<Record<ViewerKind, string>> = {};

  const actor = (kind: ViewerKind) => v[kind];
  const expected = (kind: ViewerKind) => SEES_HIDDEN[kind];

  beforeAll(async () => {
    t = await startTestApp();
    v = await seedViewers(t);
    author = await t.seed.member();
    const writer = await t.seed.moderator();
    categoryId = (await t.gql(v.admin, `mutation { createCategory(input: { name: "Regola nascoste", slug: "regola-nascoste" }) { id } }`)).data
      .createCategory.id;
    const since = new Date(Date.now() - 60_000);
    hiddenThread = await t.seed.thread({ authorId: author.id, categoryId, tags: ['regola'], hidden: true, title: `Un ${WORD} nascosto`, createdAt: since });
    postInHidden = await t.seed.post({ threadId: hiddenThread.id, authorId: author.id, body: `un ${WORD} nella discussione nascosta` });
    visibleThread = await t.seed.thread({ authorId: author.id, categoryId, tags: ['regola'], title: `Un ${WORD} visibile`, createdAt: since });
    hiddenPost = await t.seed.post({ threadId: visibleThread.id, authorId: author.id, body: `un ${WORD} nel messaggio nascosto`, hidden: true });
    practice = await t.seed.practice();
    await t.dataSource.query(`INSERT INTO thread_practice_link ("threadId", "practiceId", "linkedById") SELECT unnest($1::uuid[]), $2, $3`, [
      [hiddenThread.id, visibleThread.id],
      practice.id,
      author.id,
    ]);
    await t.dataSource.query(`INSERT INTO useful_mark ("postId", "memberId") VALUES ($1, $2)`, [hiddenPost.id, writer.id]);

    const followers = [v.member, v.suspended, v.moderator, v.demoted].map((m) => m.id);
    await follows(t, followers, FollowTargetType.THREAD, hiddenThread.id);
    await follows(t, followers, FollowTargetType.CATEGORY, categoryId);
    // What the demoted moderator (and the others) received while it was a moderator.
    for (const kind of SIGNED_IN_KINDS) {
      const recipientId = v[kind].id;
      await t.seed.notification({ recipientId, threadId: hiddenThread.id, type: NotificationType.NEW_POST });
      await t.seed.notification({ recipientId, threadId: visibleThread.id, postId: hiddenPost.id, type: NotificationType.REPLY });
      plain[kind] = (await t.seed.notification({ recipientId, threadId: visibleThread.id, type: NotificationType.NEW_POST })).id;
    }

    for (const kind of SIGNED_IN_KINDS) {
      const socket = await SocketClient.connect(t.baseUrl, v[kind]);
      sockets[kind] = socket;
      expect(await socket.request('thread:watch', { threadId: visibleThread.id })).toEqual({ ok: true });
      // The demoted one still moderates here: it watches what it will no longer see.
      await socket.request('thread:watch', { threadId: hiddenThread.id });
    }
    await demote(t, v);

    const reply = async (threadId: string) => {
      const res = await t.gql(writer, `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`, { input: { threadId, body: `Aggiornamento: ${WORD} ritrovato` } });
      expect(res.errors).toBeUndefined();
      return res.data.replyToThread.id as string;
    };
    replies.inHidden = await reply(hiddenThread.id);
    replies.inVisible = await reply(visibleThread.id);
  });

  afterAll(async () => {
    Object.values(sockets).forEach((s) => s?.close());
    await t.close();
  });

  it.each(VIEWER_KINDS)('by id (%s)', async (kind) => {
    const thread = await t.gql(actor(kind), `query ($id: ID!) { thread(id: $id) { id hidden } }`, { id: hiddenThread.id });
    const post = (id: string) => t.gql(actor(kind), `query ($id: ID!) { post(id: $id) { id } }`, { id });
    const seen = [thread, await post(hiddenPost.id), await post(postInHidden.id), await post(hiddenThread.openingPostId)];
    for (const res of seen) {
      if (expected(kind)) expect(res.errors).toBeUndefined();
      else expect(codeOf(res)).toBe('NOT_FOUND');
    }
    if (expected(kind)) expect(thread.data.thread).toEqual({ id: hiddenThread.id, hidden: true });
    // Writing into what one may not see is refused as if it did not exist.
    if (kind === 'member' || kind === 'demoted') {
      const reply = await t.gql(actor(kind), `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`, {
        input: { threadId: hiddenThread.id, body: 'Ci sei?' },
      });
      expect(codeOf(reply)).toBe('NOT_FOUND');
    }
  });

  it.each(VIEWER_KINDS)('lists and their counts (%s)', async (kind) => {
    const res = await t.gql(
      actor(kind),
      `query ($cat: ID!, $thread: ID!, $author: ID!) {
        threads(filter: { tag: "regola" }) { totalCount nodes { id } }
        category(id: $cat) { threadCount threads { totalCount nodes { id } } }
        thread(id: $thread) { postCount posts(first: 100) { totalCount nodes { id } } }
        member(id: $author) { threadCount postCount }
      }`,
      { cat: categoryId, thread: visibleThread.id, author: author.id },
    );
    expect(res.errors).toBeUndefined();
    const { threads, category, thread, member } = res.data;
    const sees = expected(kind);
    const threadIds = sees ? [hiddenThread.id, visibleThread.id].sort() : [visibleThread.id];
    expect(threads.nodes.map((n: { id: string }) => n.id).sort()).toEqual(threadIds);
    expect(category.threads.nodes.map((n: { id: string }) => n.id).sort()).toEqual(threadIds);
    expect([threads.totalCount, category.threadCount, category.threads.totalCount, member.threadCount]).toEqual(Array(4).fill(threadIds.length));
    const postIds = thread.posts.nodes.map((n: { id: string }) => n.id);
    expect(postIds.includes(hiddenPost.id)).toBe(sees);
    expect([thread.postCount, thread.posts.totalCount]).toEqual([postIds.length, postIds.length]);
    // The author wrote two openings, a post in the hidden thread and the hidden post.
    expect(member.postCount).toBe(sees ? 4 : 1);
  });

  it.each(VIEWER_KINDS)('search (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($q: String!) { search(query: $q, first: 50) { totalCount nodes { hit { ... on Thread { id } ... on Post { id } } } } }`, {
      q: WORD,
    });
    expect(res.errors).toBeUndefined();
    const ids = res.data.search.nodes.map((n: { hit: { id: string } }) => n.hit.id);
    for (const id of [hiddenThread.id, hiddenPost.id, postInHidden.id, replies.inHidden]) expect(ids.includes(id)).toBe(expected(kind));
    expect(ids).toContain(visibleThread.id);
    expect(res.data.search.totalCount).toBe(ids.length);
  });

  it.each(VIEWER_KINDS)('the threads of a practice (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($id: ID!) { practice(id: $id) { threads { totalCount nodes { id } } } }`, { id: practice.id });
    const { nodes, totalCount } = res.data.practice.threads;
    expect(nodes.map((n: { id: string }) => n.id).includes(hiddenThread.id)).toBe(expected(kind));
    expect(totalCount).toBe(nodes.length);
    const linked = await t.gql(actor(kind), `query ($id: ID!) { threads(filter: { practiceId: $id }) { totalCount } }`, { id: practice.id });
    expect(linked.data.threads.totalCount).toBe(nodes.length);
  });

  it.each(VIEWER_KINDS)('notifications: inbox, unread count and the socket’s unread (%s)', async (kind) => {
    const inbox = await inboxOf(t, actor(kind));
    if (PRIVATE_REFUSAL[kind]) {
      expect(inbox).toBe(PRIVATE_REFUSAL[kind]);
      return;
    }
    if (typeof inbox === 'string') throw new Error(inbox);
    const aboutHidden = inbox.nodes.filter((n) => n.thread?.id === hiddenThread.id || n.post?.id === hiddenPost.id);
    // Seeded about the hidden thread and the hidden post, plus the writer's reply in the hidden thread (moderators only).
    expect(aboutHidden.length).toBe(expected(kind) ? 3 : 0);
    const written = inbox.nodes.filter((n) => n.thread?.id === hiddenThread.id && n.post?.id === replies.inHidden);
    expect(written.length).toBe(expected(kind) ? 1 : 0);
    expect([inbox.count, inbox.total]).toEqual([inbox.nodes.length, inbox.nodes.length]);
    const pushed = await pushedUnread(t, v[kind as 'member'], sockets[kind]!, plain[kind]!);
    expect(pushed).toBe(inbox.count - 1);
  });

  it.each(VIEWER_KINDS)('digest (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($since: DateTime) { digest(since: $since) { newThreads { id } activeThreads { id } usefulPosts { id } } }`, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    if (PRIVATE_REFUSAL[kind]) {
      expect(codeOf(res)).toBe(PRIVATE_REFUSAL[kind]);
      return;
    }
    const { newThreads, activeThreads, usefulPosts } = res.data.digest;
    const has = (list: Array<{ id: string }>, id: string) => list.some((x) => x.id === id);
    expect(has(newThreads, hiddenThread.id)).toBe(expected(kind));
    expect(has(newThreads, visibleThread.id)).toBe(true);
    expect(has(activeThreads, hiddenThread.id)).toBe(expected(kind));
    expect(has(usefulPosts, hiddenPost.id)).toBe(expected(kind));
  });

  it.each(VIEWER_KINDS)('socket push of post:created (%s)', async (kind) => {
    const socket = sockets[kind];
    if (!socket) {
      // No socket without an ACTIVE member behind it.
      await expect(SocketClient.connect(t.baseUrl, actor(kind))).rejects.toThrow('UNAUTHENTICATED');
      return;
    }
    await socket.waitFor('post:created', (p) => p.postId === replies.inVisible);
    if (expected(kind)) await socket.waitFor('post:created', (p) => p.postId === replies.inHidden);
    else await settle();
    expect(socket.received['post:created'].some((p) => p.postId === replies.inHidden)).toBe(expected(kind));
    const watch = await socket.request('thread:watch', { threadId: hiddenThread.id });
    expect(watch).toEqual(expected(kind) ? { ok: true } : { ok: false, code: 'NOT_FOUND' });
  });
});
