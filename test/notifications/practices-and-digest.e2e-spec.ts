import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region, Theme } from '@app/members';
import { FollowLevel, FollowTargetType, NotificationEntity } from '@app/notifications';
import { PracticeStatus } from '@app/practices';
import { settle, SocketClient, startTestApp, TestApp, SocketPool } from '@app/testing';

const UPDATE_PRACTICE = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { id version } }`;
const PROPOSE = `mutation ($input: ProposeTwinningInput!) { proposeTwinning(input: $input) { id } }`;
const SET_STATUS = `mutation ($id: ID!, $status: TwinningStatus!) { setTwinningStatus(id: $id, status: $status) { status } }`;
const DIGEST = `query ($since: DateTime) { digest(since: $since) {
  since newThreads { id } activeThreads { id } updatedPractices { id } newPractices { id } usefulPosts { id } } }`;

describe('practice and twinning notifications, follower fields and the digest', () => {
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

  it('tells followers of a practice it was updated, not its editor nor those who muted it', async () => {
    const editor = await t.seed.member({ displayName: 'Giuseppe Russo' });
    const practice = await t.seed.practice({ title: 'SUAP telematico associato', contactIds: [editor.id] });
    const follower = await t.seed.member();
    const muter = await t.seed.member();
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
    await t.seed.follow(muter.id, FollowTargetType.PRACTICE, practice.id, FollowLevel.MUTED);
    await t.seed.follow(editor.id, FollowTargetType.PRACTICE, practice.id);
    const [followerSocket, editorSocket] = [await connect(follower), await connect(editor)];

    const res = await t.gql(editor, UPDATE_PRACTICE, { input: { id: practice.id, version: 1, changeSummary: 'Aggiunti i costi', costEuro: 12000 } });
    expect(res.errors).toBeUndefined();

    expect(await followerSocket.waitFor('notification')).toMatchObject({
      type: 'PRACTICE_UPDATED',
      text: 'Giuseppe Russo ha aggiornato la buona pratica «SUAP telematico associato»',
      practiceId: practice.id,
      actorId: editor.id,
    });
    await settle();
    expect(editorSocket.received.notification).toEqual([]);
    expect(await t.count(NotificationEntity, { recipientId: muter.id })).toBe(0);
  });

  it('tells followers of a practice that a discussion was linked to it, unless they muted the discussion', async () => {
    const linker = await t.seed.member({ displayName: 'Carmela Greco' });
    const practice = await t.seed.practice({ title: 'Protocollo informatico federato' });
    const thread = await t.seed.thread({ authorId: linker.id, title: 'Registro unico di protocollo' });
    const follower = await t.seed.member();
    const muter = await t.seed.member();
    for (const m of [follower, muter, linker]) await t.seed.follow(m.id, FollowTargetType.PRACTICE, practice.id);
    await t.seed.follow(muter.id, FollowTargetType.THREAD, thread.id, FollowLevel.MUTED);
    const socket = await connect(follower);

    const res = await t.gql(linker, `mutation ($input: LinkPracticeInput!) { linkPractice(input: $input) { id } }`, {
      input: { threadId: thread.id, practiceId: practice.id },
    });
    expect(res.errors).toBeUndefined();
    expect(await socket.waitFor('notification')).toMatchObject({
      type: 'PRACTICE_LINKED',
      text: 'Carmela Greco ha collegato la discussione «Registro unico di protocollo» alla buona pratica «Protocollo informatico federato»',
      threadId: thread.id,
      practiceId: practice.id,
    });
    expect(await t.count(NotificationEntity, { recipientId: muter.id })).toBe(0);
    expect(await t.count(NotificationEntity, { recipientId: linker.id })).toBe(0);
  });

  it('tells followers of the practice and members of the administrations when a twinning is proposed and moves on', async () => {
    const moderator = await t.seed.moderator();
    const offering = await t.seed.administration({ region: Region.TOSCANA });
    const receiving = await t.seed.administration({ region: Region.CALABRIA });
    const practice = await t.seed.practice({ title: 'Albo pretorio online', offeringAdministrationId: offering.id });
    const proposer = await t.seed.member({ administrationId: receiving.id, displayName: 'Lucia Conte' });
    const colleague = await t.seed.member({ administrationId: receiving.id });
    const offeringStaff = await t.seed.member({ administrationId: offering.id });
    const follower = await t.seed.member();
    await t.seed.follow(follower.id, FollowTargetType.PRACTICE, practice.id);
    const [colleagueSocket, followerSocket] = [await connect(colleague), await connect(follower)];

    const proposed = await t.gql(proposer, PROPOSE, {
      input: { practiceId: practice.id, receivingAdministrationIds: [receiving.id], objectives: 'Attivare l’albo pretorio online' },
    });
    expect(proposed.errors).toBeUndefined();
    const twinningId = proposed.data.proposeTwinning.id;
    expect(await colleagueSocket.waitFor('notification')).toMatchObject({
      type: 'TWINNING_STATUS',
      text: 'Lucia Conte ha proposto un gemellaggio sulla buona pratica «Albo pretorio online»',
      twinningId,
      practiceId: practice.id,
    });
    expect(await t.count(NotificationEntity, { recipientId: offeringStaff.id, twinningId })).toBe(1);
    expect(await t.count(NotificationEntity, { recipientId: proposer.id })).toBe(0);

    await t.gql(moderator, SET_STATUS, { id: twinningId, status: 'APPROVED' });
    const approved = await followerSocket.waitFor('notification', (n) => n.text.includes('approvato'));
    expect(approved).toMatchObject({ type: 'TWINNING_STATUS', text: 'Il gemellaggio sulla buona pratica «Albo pretorio online» è ora approvato' });
    expect(await t.count(NotificationEntity, { twinningId, recipientId: proposer.id })).toBe(1);

    const inbox = await t.gql(follower, `{ notifications { nodes { type twinning { id status } practice { id } } } }`);
    expect(inbox.data.notifications.nodes[0]).toEqual({ type: 'TWINNING_STATUS', twinning: { id: twinningId, status: 'APPROVED' }, practice: { id: practice.id } });
  });

  it('counts followers of practices and tells the viewer what they follow, in a constant number of queries', async () => {
    const viewer = await t.seed.member();
    const practices = await Promise.all([1, 2, 3].map(() => t.seed.practice()));
    const others = await Promise.all([1, 2].map(() => t.seed.member()));
    await t.seed.follow(viewer.id, FollowTargetType.PRACTICE, practices[0].id);
    for (const m of others) await t.seed.follow(m.id, FollowTargetType.PRACTICE, practices[0].id);
    await t.seed.follow(others[0].id, FollowTargetType.PRACTICE, practices[1].id);
    await t.seed.follow(others[1].id, FollowTargetType.PRACTICE, practices[1].id, FollowLevel.MUTED);
    const thread = await t.seed.thread({ authorId: others[0].id });
    await t.seed.follow(viewer.id, FollowTargetType.THREAD, thread.id);

    const query = `query ($a: ID!, $b: ID!, $c: ID!, $t: ID!) {
      a: practice(id: $a) { followerCount viewerIsFollowing }
      b: practice(id: $b) { followerCount viewerIsFollowing }
      c: practice(id: $c) { followerCount viewerIsFollowing }
      thread(id: $t) { viewerIsFollowing } }`;
    const vars = { a: practices[0].id, b: practices[1].id, c: practices[2].id, t: thread.id };
    const res = await t.gql(viewer, query, vars);
    expect(res.data).toEqual({
      a: { followerCount: 3, viewerIsFollowing: true },
      b: { followerCount: 1, viewerIsFollowing: false },
      c: { followerCount: 0, viewerIsFollowing: false },
      thread: { viewerIsFollowing: true },
    });
    const anonymous = await t.gql(null, query, vars);
    expect(anonymous.data.a).toEqual({ followerCount: 3, viewerIsFollowing: false });
    expect(anonymous.data.thread).toEqual({ viewerIsFollowing: false });

    // one grouped query per field over a whole page
    const bare = await t.queries.count(() => t.gql(viewer, `{ practices(first: 20) { nodes { id } } }`));
    const withFields = await t.queries.count(() => t.gql(viewer, `{ practices(first: 20) { nodes { id followerCount viewerIsFollowing } } }`));
    expect(withFields - bare).toBe(2);
  });

  it('gathers the digest since a date: new and active threads, updated and new practices, useful posts', async () => {
    const me = await t.seed.member({ expertise: [Theme.INTEROPERABILITY] });
    const author = await t.seed.member();
    const category = await t.seed.category('interoperabilita');
    await t.seed.follow(me.id, FollowTargetType.CATEGORY, category.id, FollowLevel.WATCHING_FIRST_POST);
    const since = new Date(Date.now() - 3600_000);
    const old = await t.seed.thread({ authorId: author.id, categoryId: category.id, createdAt: new Date(Date.now() - 7200_000) });
    const fresh = await t.seed.thread({ authorId: author.id, categoryId: category.id });
    const hidden = await t.seed.thread({ authorId: author.id, categoryId: category.id, hidden: true });
    const elsewhere = await t.seed.thread({ authorId: author.id });
    await t.seed.follow(me.id, FollowTargetType.THREAD, old.id);
    const reply = await t.seed.post({ threadId: old.id, authorId: author.id });
    await t.dataSource.query(`INSERT INTO useful_mark ("postId", "memberId") VALUES ($1, $2)`, [reply.id, author.id]);

    const followed = await t.seed.practice({ createdAt: new Date(Date.now() - 7200_000) });
    await t.seed.follow(me.id, FollowTargetType.PRACTICE, followed.id);
    await t.dataSource.query(
      `INSERT INTO practice_update ("practiceId", "authorId", "changeSummary", "version") VALUES ($1, $2, 'Nuovi risultati', 2)`,
      [followed.id, author.id],
    );
    const inMyTheme = await t.seed.practice({ themes: [Theme.INTEROPERABILITY] });
    await t.seed.practice({ themes: [Theme.BUSINESS_SERVICES] });
    await t.seed.practice({ themes: [Theme.INTEROPERABILITY], status: PracticeStatus.DRAFT });

    const res = await t.gql(me, DIGEST, { since: since.toISOString() });
    expect(res.errors).toBeUndefined();
    expect(res.data.digest).toEqual({
      since: since.toISOString(),
      newThreads: [{ id: fresh.id }],
      activeThreads: [{ id: old.id }],
      updatedPractices: [{ id: followed.id }],
      newPractices: [{ id: inMyTheme.id }],
      usefulPosts: [{ id: reply.id }],
    });
    expect([hidden.id, elsewhere.id]).not.toContain(res.data.digest.newThreads[0].id);
  });

  it('starts the digest at the previous visit, else seven days ago, and refuses a future date', async () => {
    const me = await t.seed.member();
    const week = await t.gql(me, DIGEST);
    const days = (Date.now() - new Date(week.data.digest.since).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);

    const visit = new Date(Date.now() - 3 * 86_400_000);
    await t.dataSource.query(`UPDATE member SET "previousSeenAt" = $2 WHERE id = $1`, [me.id, visit]);
    expect((await t.gql(me, DIGEST)).data.digest.since).toBe(visit.toISOString());

    const future = await t.gql(me, DIGEST, { since: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(null, DIGEST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records a socket connection as a visit: the last one becomes the previous after an hour away', async () => {
    const me = await t.seed.member();
    const before = new Date(Date.now() - 2 * 3600_000);
    await t.dataSource.query(`UPDATE member SET "lastSeenAt" = $2 WHERE id = $1`, [me.id, before]);
    await connect(me);
    await settle(200);
    const [row] = await t.dataSource.query(`SELECT "lastSeenAt", "previousSeenAt" FROM member WHERE id = $1`, [me.id]);
    expect(row.previousSeenAt.toISOString()).toBe(before.toISOString());
    expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(5000);
  });
});
