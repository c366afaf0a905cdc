import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberEntity } from '@app/members';
import { FollowEntity, FollowLevel, FollowTargetType, NotificationEntity, NotificationType } from '@app/notifications';
import { SeededMember, settle, SocketClient, startTestApp, TestApp, SocketPool } from '@app/testing';

const CREATE_THREAD = `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id posts(first: 1) { nodes { id } } } }`;
const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;
const INBOX = `{ notifications(first: 50) { nodes { id type text actor { id } thread { id } post { id } } } unreadNotificationCount }`;

describe('live delivery of notifications', () => {
  let t: TestApp;
  let categoryId: string;
  const pool = new SocketPool(() => t.baseUrl);
  beforeAll(async () => {
    t = await startTestApp();
    categoryId = (await t.seed.category()).id;
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  const connect = (actor: { token: string }): Promise<SocketClient> => pool.connect(actor);

  async function createThread(author: SeededMember, input: Record<string, unknown> = {}): Promise<{ id: string; openingPostId: string }> {
    const res = await t.gql(author, CREATE_THREAD, {
      input: { categoryId, title: 'Protocollo informatico nei piccoli comuni', body: 'Come avete organizzato il registro?', ...input },
    });
    expect(res.errors).toBeUndefined();
    return { id: res.data.createThread.id, openingPostId: res.data.createThread.posts.nodes[0].id };
  }

  async function reply(author: SeededMember, threadId: string, body: string, replyToPostId?: string): Promise<string> {
    const res = await t.gql(author, REPLY, { input: { threadId, body, replyToPostId } });
    expect(res.errors).toBeUndefined();
    return res.data.replyToThread.id;
  }

  const notificationsOf = (memberId: string) =>
    t.dataSource.getRepository(NotificationEntity).find({ where: { recipientId: memberId }, order: { createdAt: 'ASC' } });

  it('makes authors follow what they create or reply to, at WATCHING', async () => {
    const author = await t.seed.member();
    const replier = await t.seed.member();
    const thread = await createThread(author);
    await reply(replier, thread.id, 'Da noi con un unico registro.');
    for (const member of [author, replier]) {
      const follows = await t.dataSource.getRepository(FollowEntity).findBy({ memberId: member.id });
      expect(follows.map((f) => [f.targetType, f.targetId, f.level])).toEqual([[FollowTargetType.THREAD, thread.id, FollowLevel.WATCHING]]);
    }
  });

  it('delivers a REPLY to every socket of the recipient, with its unread count, and nothing to the actor', async () => {
    const author = await t.seed.member();
    const replier = await t.seed.member({ displayName: 'Maria Rossi' });
    const thread = await createThread(author, { title: 'SUAP telematico: esperienze a confronto' });
    const [phone, laptop, actorSocket] = [await connect(author), await connect(author), await connect(replier)];

    const postId = await reply(replier, thread.id, 'Noi usiamo la piattaforma regionale.', thread.openingPostId);

    for (const socket of [phone, laptop]) {
      const pushed = await socket.waitFor('notification');
      expect(pushed).toMatchObject({
        type: 'REPLY',
        text: 'Maria Rossi ha risposto nella discussione «SUAP telematico: esperienze a confronto»',
        actorId: replier.id,
        threadId: thread.id,
        postId,
        practiceId: null,
        twinningId: null,
      });
      expect(await socket.waitFor('unread')).toEqual({ count: 1 });
    }
    await settle();
    expect(phone.received.notification).toHaveLength(1);
    expect(actorSocket.received.notification).toEqual([]);
    expect(actorSocket.received.unread).toEqual([]);
    expect(await t.count(NotificationEntity, { recipientId: replier.id })).toBe(0);
  });

  it('ends a burst of replies with the true unread count, never sending a count lower than one before it', async () => {
    const author = await t.seed.member();
    const repliers = await Promise.all(Array.from({ length: 8 }, () => t.seed.member()));
    const thread = await createThread(author, { title: 'Conservazione sostitutiva: chi la fa in casa?' });
    const socket = await connect(author);

    await Promise.all(repliers.map((r, i) => reply(r, thread.id, `Risposta numero ${i + 1}.`)));

    expect(await socket.waitFor('unread', (p) => p.count === 8)).toEqual({ count: 8 });
    await settle();
    const counts = socket.received.unread.map((p) => p.count);
    expect(counts.at(-1)).toBe(8);
    expect(counts).toEqual([...counts].sort((x, y) => x - y));
    expect(socket.received.notification).toHaveLength(8);
  });

  it('writes one notification per recipient per event, MENTION over REPLY over NEW_POST', async () => {
    const author = await t.seed.member();
    const watcher = await t.seed.member();
    const replier = await t.seed.member();
    const thread = await createThread(author);
    await reply(watcher, thread.id, 'Seguo con interesse.');
    const [authorSocket, watcherSocket] = [await connect(author), await connect(watcher)];

    // author: mentioned, replied to and watching; watcher: mentioned and watching
    const postId = await reply(replier, thread.id, `@${author.handle} @${watcher.handle} ecco la nostra delibera`, thread.openingPostId);

    for (const [member, socket] of [[author, authorSocket], [watcher, watcherSocket]] as const) {
      const pushed = await socket.waitFor('notification', (n) => n.postId === postId);
      expect(pushed.type).toBe('MENTION');
      expect(pushed.text).toContain('ti ha menzionato nella discussione');
      const rows = (await notificationsOf(member.id)).filter((n) => n.postId === postId);
      expect(rows.map((n) => n.type)).toEqual(['MENTION']);
    }
    await settle();
    expect(authorSocket.received.notification.filter((n) => n.postId === postId)).toHaveLength(1);

    const plain = await reply(replier, thread.id, 'Un aggiornamento per tutti.');
    expect((await authorSocket.waitFor('notification', (n) => n.postId === plain)).type).toBe('NEW_POST');
    const answered = await reply(replier, thread.id, 'Rispondo a te.', thread.openingPostId);
    expect((await authorSocket.waitFor('notification', (n) => n.postId === answered)).type).toBe('REPLY');
  });

  it('announces a NEW_THREAD to followers of its category, tags or author, once each', async () => {
    const author = await t.seed.member({ displayName: 'Anna Greco' });
    const everything = await t.seed.member();
    const byTag = await t.seed.member();
    const mentioned = await t.seed.member();
    await t.seed.follow(everything.id, FollowTargetType.CATEGORY, categoryId, FollowLevel.WATCHING_FIRST_POST);
    await t.seed.follow(everything.id, FollowTargetType.MEMBER, author.id, FollowLevel.WATCHING);
    await t.seed.follow(everything.id, FollowTargetType.TAG, 'pec');
    await t.seed.follow(byTag.id, FollowTargetType.TAG, 'pec', FollowLevel.WATCHING_FIRST_POST);
    await t.seed.follow(mentioned.id, FollowTargetType.CATEGORY, categoryId);
    const sockets = { everything: await connect(everything), byTag: await connect(byTag), mentioned: await connect(mentioned) };

    const thread = await createThread(author, { title: 'PEC per tutti i cittadini', tags: ['PEC'], body: `Ne parlo con @${mentioned.handle}` });

    const first = await sockets.everything.waitFor('notification', (n) => n.threadId === thread.id);
    expect(first).toMatchObject({ type: 'NEW_THREAD', text: 'Anna Greco ha aperto la discussione «PEC per tutti i cittadini»', postId: thread.openingPostId });
    expect((await sockets.byTag.waitFor('notification', (n) => n.threadId === thread.id)).type).toBe('NEW_THREAD');
    expect((await sockets.mentioned.waitFor('notification', (n) => n.threadId === thread.id)).type).toBe('MENTION');
    expect(await t.count(NotificationEntity, { threadId: thread.id, recipientId: everything.id })).toBe(1);
    expect(await t.count(NotificationEntity, { threadId: thread.id, recipientId: mentioned.id })).toBe(1);
    expect(await t.count(NotificationEntity, { threadId: thread.id, recipientId: author.id })).toBe(0);
  });

  it('keeps a MUTED thread silent inside a watched category, and a MUTED member silent everywhere', async () => {
    const author = await t.seed.member();
    const muter = await t.seed.member();
    const ignorer = await t.seed.member();
    const replier = await t.seed.member();
    await t.seed.follow(muter.id, FollowTargetType.CATEGORY, categoryId);
    await t.seed.follow(ignorer.id, FollowTargetType.CATEGORY, categoryId);
    await t.seed.follow(ignorer.id, FollowTargetType.MEMBER, replier.id, FollowLevel.MUTED);
    const thread = await t.seed.thread({ authorId: author.id, categoryId });
    await t.seed.follow(muter.id, FollowTargetType.THREAD, thread.id, FollowLevel.MUTED);
    const [muterSocket, ignorerSocket] = [await connect(muter), await connect(ignorer)];

    await reply(replier, thread.id, `Anche @${muter.handle} e @${ignorer.handle} dovrebbero leggere.`);
    await reply(author, thread.id, 'Grazie a tutti.');
    await settle(500);

    expect(muterSocket.received.notification).toEqual([]);
    expect(await t.count(NotificationEntity, { recipientId: muter.id, threadId: thread.id })).toBe(0);
    // the ignorer still hears about the author's post, never about the muted member's
    const heard = await notificationsOf(ignorer.id);
    expect(heard.filter((n) => n.threadId === thread.id).map((n) => [n.type, n.actorId])).toEqual([['NEW_POST', author.id]]);
    expect(ignorerSocket.received.notification.every((n) => n.actorId === author.id)).toBe(true);
  });

  it('says nothing about a hidden thread to members, only to moderators', async () => {
    const moderator = await t.seed.moderator();
    const watchingModerator = await t.seed.moderator();
    const member = await t.seed.member();
    const thread = await t.seed.thread({ authorId: member.id, hidden: true });
    await t.seed.follow(member.id, FollowTargetType.THREAD, thread.id);
    await t.seed.follow(watchingModerator.id, FollowTargetType.THREAD, thread.id);
    const [memberSocket, moderatorSocket] = [await connect(member), await connect(watchingModerator)];

    await reply(moderator, thread.id, `Nota interna per @${member.handle}.`, thread.openingPostId);

    expect((await moderatorSocket.waitFor('notification')).type).toBe('NEW_POST');
    await settle();
    expect(memberSocket.received.notification).toEqual([]);
    expect(await t.count(NotificationEntity, { recipientId: member.id })).toBe(0);
  });

  it('lets an offline member find everything in the inbox later, matching what an online one was pushed', async () => {
    const author = await t.seed.member();
    const online = await t.seed.member();
    const offline = await t.seed.member();
    const thread = await createThread(author);
    for (const m of [online, offline]) await t.seed.follow(m.id, FollowTargetType.THREAD, thread.id);
    const socket = await connect(online);

    const posts = [
      await reply(author, thread.id, 'Primo aggiornamento.'),
      await reply(author, thread.id, `Secondo, per @${online.handle} e @${offline.handle}.`),
      await reply(author, thread.id, 'Terzo aggiornamento.'),
    ];
    await socket.waitFor('notification', (n) => n.postId === posts[2]);
    await socket.waitFor('unread', (u) => u.count === 3);

    const onlineInbox = await t.gql(online, INBOX);
    const pushed = socket.received.notification.map((n) => ({ id: n.id, type: n.type, text: n.text }));
    const listed = onlineInbox.data.notifications.nodes.map((n: { id: string; type: string; text: string }) => ({ id: n.id, type: n.type, text: n.text }));
    expect(listed).toEqual([...pushed].reverse());
    expect(onlineInbox.data.unreadNotificationCount).toBe(3);

    const offlineInbox = await t.gql(offline, INBOX);
    expect(offlineInbox.data.notifications.nodes.map((n: { type: string; post: { id: string }; actor: { id: string } }) => [n.type, n.post.id, n.actor.id])).toEqual([
      ['NEW_POST', posts[2], author.id],
      ['MENTION', posts[1], author.id],
      ['NEW_POST', posts[0], author.id],
    ]);
    expect(offlineInbox.data.notifications.nodes[0].thread).toEqual({ id: thread.id });
  });

  it('sends post:created to sockets watching the thread until they unwatch, and refuses hidden threads', async () => {
    const author = await t.seed.member();
    const reader = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const hidden = await t.seed.thread({ authorId: author.id, hidden: true });
    const socket = await connect(reader);
    const bystander = await connect(await t.seed.member());

    expect(await socket.request('thread:watch', { threadId: thread.id })).toEqual({ ok: true });
    expect(await socket.request('thread:watch', { threadId: hidden.id })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await socket.request('thread:watch', { threadId: 'non-un-uuid' })).toEqual({ ok: false, code: 'NOT_FOUND' });

    const postId = await reply(author, thread.id, 'Nuovo messaggio in diretta.');
    expect(await socket.waitFor('post:created')).toEqual({ threadId: thread.id, postId, authorId: author.id });

    expect(await socket.request('thread:unwatch', { threadId: thread.id })).toEqual({ ok: true });
    await reply(author, thread.id, 'Questo non arriva.');
    await settle();
    expect(socket.received['post:created']).toHaveLength(1);
    expect(bystander.received['post:created']).toEqual([]);
    expect(socket.received.notification).toEqual([]);
  });

  it('closes the sockets of a member who gets suspended', async () => {
    const admin = await t.seed.admin();
    const member = await t.seed.member();
    const socket = await connect(member);
    const closed = new Promise<string>((resolve) => socket.socket.once('disconnect', (reason) => resolve(reason)));
    await t.gql(admin, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED) { status } }`, { id: member.id });
    expect(await closed).toBe('io server disconnect');
    expect((await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: member.id })).status).toBe('SUSPENDED');
  });

  it('tells members what a moderator did to their content or their flag, never the moderator', async () => {
    const moderator = await t.seed.moderator({ displayName: 'Paola Vitale' });
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, title: 'Conservazione sostitutiva' });
    const post = await t.seed.post({ threadId: thread.id, authorId: author.id, body: 'Messaggio fuori tema' });
    const [authorSocket, reporterSocket] = [await connect(author), await connect(reporter)];

    const flagged = await t.gql(reporter, `mutation ($p: ID!) { flagPost(postId: $p, reason: "Fuori tema") { id } }`, { p: post.id });
    expect(flagged.errors).toBeUndefined();
    const resolved = await t.gql(moderator, `mutation ($f: ID!) { resolveFlag(flagId: $f, resolution: HIDE_POST) { status } }`, {
      f: flagged.data.flagPost.id,
    });
    expect(resolved.errors).toBeUndefined();

    const toAuthor = await authorSocket.waitFor('notification');
    expect(toAuthor).toMatchObject({
      type: 'MODERATION',
      text: 'Paola Vitale ha nascosto un tuo messaggio nella discussione «Conservazione sostitutiva»',
      actorId: moderator.id,
      postId: post.id,
    });
    expect((await reporterSocket.waitFor('notification')).text).toBe(
      'Paola Vitale ha accolto la tua segnalazione nella discussione «Conservazione sostitutiva»',
    );
    await t.gql(moderator, `mutation ($t: ID!) { setThreadLocked(threadId: $t, locked: true) { status } }`, { t: thread.id });
    expect((await authorSocket.waitFor('notification', (n) => n.text.includes('chiuso'))).type).toBe('MODERATION');
    // The moderator heard of the flag (NEW_FLAG), never of their own actions.
    expect(await t.count(NotificationEntity, { recipientId: moderator.id, type: NotificationType.MODERATION })).toBe(0);
  });

  it('drops notifications about a thread hidden afterwards from a member’s inbox and count, pushing the new count', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const reader = await t.seed.member();
    const thread = await createThread(author, { title: 'Discussione poi nascosta' });
    await t.seed.follow(reader.id, FollowTargetType.THREAD, thread.id);
    const socket = await connect(reader);
    await reply(author, thread.id, 'Un messaggio che verrà nascosto.');
    await socket.waitFor('unread', (u) => u.count === 1);

    const hidden = await t.gql(moderator, `mutation ($t: ID!) { setThreadHidden(threadId: $t, hidden: true) { hidden } }`, { t: thread.id });
    expect(hidden.errors).toBeUndefined();
    await socket.waitFor('unread', (u) => u.count === 0);
    const inbox = await t.gql(reader, INBOX);
    expect(inbox.data.notifications.nodes).toEqual([]);
    expect(inbox.data.unreadNotificationCount).toBe(0);
    expect(await t.count(NotificationEntity, { recipientId: reader.id })).toBe(1);

    await t.gql(moderator, `mutation ($t: ID!) { setThreadHidden(threadId: $t, hidden: false) { hidden } }`, { t: thread.id });
    await socket.waitFor('unread', (u) => u.count === 1 && socket.received.unread.length >= 3);
    expect((await t.gql(reader, INBOX)).data.unreadNotificationCount).toBe(1);
  });
});
