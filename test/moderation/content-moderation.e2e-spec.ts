import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus } from '@app/core';
import { PostEntity, ThreadEntity } from '@app/forum';
import { ContentModerated, ModerationActionEntity } from '@app/moderation';
import { startTestApp, TestApp } from '@app/testing';
import { codeOf, REPLY, THREAD, THREADS } from '../forum/forum-operations.js';

const PIN = `mutation ($id: ID!, $on: Boolean!, $reason: String) { setThreadPinned(threadId: $id, pinned: $on, reason: $reason) { id pinned } }`;
const LOCK = `mutation ($id: ID!, $on: Boolean!, $reason: String) { setThreadLocked(threadId: $id, locked: $on, reason: $reason) { id status } }`;
const HIDE_THREAD = `mutation ($id: ID!, $on: Boolean!, $reason: String) { setThreadHidden(threadId: $id, hidden: $on, reason: $reason) { id hidden } }`;
const HIDE_POST = `mutation ($id: ID!, $on: Boolean!, $reason: String) { setPostHidden(postId: $id, hidden: $on, reason: $reason) { id hidden } }`;
const MOVE = `mutation ($id: ID!, $categoryId: ID!, $reason: String) { moveThread(threadId: $id, categoryId: $categoryId, reason: $reason) { id category { id slug } } }`;
const MERGE = `mutation ($source: ID!, $target: ID!, $reason: String) {
  mergeThreads(sourceThreadId: $source, targetThreadId: $target, reason: $reason) {
    id postCount lastActivityAt posts(first: 100) { nodes { id createdAt author { id } } totalCount }
  }
}`;
const LOG = `query ($first: Int, $after: String) {
  moderationLog(first: $first, after: $after) { nodes { id action targetType targetId reason createdAt moderator { id } } pageInfo { hasNextPage endCursor } totalCount }
}`;

describe('moderators’ tools on threads and posts', () => {
  let t: TestApp;
  const events: ContentModerated[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(DomainEventBus).subscribe(ContentModerated, async (_uow, e) => void events.push(e));
  });
  afterAll(() => t.close());

  async function logFor(targetId: string) {
    const rows = await t.dataSource.getRepository(ModerationActionEntity).find({ where: { targetId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ action: r.action, targetType: r.targetType, reason: r.reason }));
  }

  it('refuses every moderator tool to members with FORBIDDEN and writes nothing', async () => {
    const author = await t.seed.member();
    const member = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const other = await t.seed.thread({ authorId: author.id });
    const category = await t.seed.category('servizi-imprese');
    const before = await t.count(ModerationActionEntity);
    const attempts = [
      t.gql(member, PIN, { id: thread.id, on: true }),
      t.gql(member, LOCK, { id: thread.id, on: true }),
      t.gql(member, HIDE_THREAD, { id: thread.id, on: true }),
      t.gql(member, HIDE_POST, { id: thread.openingPostId, on: true }),
      t.gql(member, MOVE, { id: thread.id, categoryId: category.id }),
      t.gql(member, MERGE, { source: other.id, target: thread.id }),
      t.gql(author, PIN, { id: thread.id, on: true }),
      t.gql(member, LOG, {}),
    ];
    for (const res of await Promise.all(attempts)) expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(null, LOCK, { id: thread.id, on: true }))).toBe('UNAUTHENTICATED');
    const stored = await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    expect(stored).toMatchObject({ pinned: false, status: 'OPEN', hidden: false, categoryId: thread.categoryId });
    expect((await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId })).hidden).toBe(false);
    expect(await t.count(PostEntity, { threadId: other.id })).toBe(1);
    expect(await t.count(ModerationActionEntity)).toBe(before);
  });

  it('pins, locks, hides and restores, logging each change with its reason and raising ContentModerated', async () => {
    const author = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });

    expect((await t.gql(moderator, PIN, { id: thread.id, on: true, reason: 'Regolamento della comunità' })).data.setThreadPinned.pinned).toBe(true);
    expect((await t.gql(moderator, LOCK, { id: thread.id, on: true, reason: 'Discussione conclusa' })).data.setThreadLocked.status).toBe('LOCKED');
    expect(codeOf(await t.gql(author, REPLY, { input: { threadId: thread.id, body: 'Ancora una cosa' } }))).toBe('FORBIDDEN');
    expect((await t.gql(moderator, LOCK, { id: thread.id, on: false })).data.setThreadLocked.status).toBe('OPEN');
    expect((await t.gql(moderator, HIDE_THREAD, { id: thread.id, on: true, reason: 'Duplicato' })).data.setThreadHidden.hidden).toBe(true);
    expect(codeOf(await t.gql(author, THREAD, { id: thread.id }))).toBe('NOT_FOUND');
    expect((await t.gql(moderator, HIDE_THREAD, { id: thread.id, on: false })).data.setThreadHidden.hidden).toBe(false);
    expect((await t.gql(author, THREAD, { id: thread.id })).data.thread.id).toBe(thread.id);
    // Asking for the current state again is not an action.
    await t.gql(moderator, PIN, { id: thread.id, on: true });

    expect(await logFor(thread.id)).toEqual([
      { action: 'PIN', targetType: 'THREAD', reason: 'Regolamento della comunità' },
      { action: 'LOCK', targetType: 'THREAD', reason: 'Discussione conclusa' },
      { action: 'UNLOCK', targetType: 'THREAD', reason: null },
      { action: 'HIDE_THREAD', targetType: 'THREAD', reason: 'Duplicato' },
      { action: 'RESTORE_THREAD', targetType: 'THREAD', reason: null },
    ]);
    const raised = events.filter((e) => e.targetId === thread.id);
    expect(raised.map((e) => e.action)).toEqual(['PIN', 'LOCK', 'UNLOCK', 'HIDE_THREAD', 'RESTORE_THREAD']);
    expect(raised[0]).toMatchObject({ targetType: 'THREAD', moderatorId: moderator.id, affectedMemberIds: [author.id], threadId: thread.id, postId: null });
  });

  it('hides and restores a post, keeping the useful ranking of the thread in step', async () => {
    const author = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id, usefulCount: 3 });
    await t.dataSource.query(`UPDATE thread SET "usefulCount" = 3 WHERE id = $1`, [thread.id]);
    const hidden = await t.gql(moderator, HIDE_POST, { id: reply.id, on: true, reason: 'Pubblicità' });
    expect(hidden.data.setPostHidden.hidden).toBe(true);
    expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).usefulCount).toBe(0);
    expect((await t.gql(author, THREAD, { id: thread.id })).data.thread.postCount).toBe(1);
    await t.gql(moderator, HIDE_POST, { id: reply.id, on: false });
    expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).usefulCount).toBe(3);
    expect(await logFor(reply.id)).toEqual([
      { action: 'HIDE_POST', targetType: 'POST', reason: 'Pubblicità' },
      { action: 'RESTORE_POST', targetType: 'POST', reason: null },
    ]);
    expect(events.filter((e) => e.postId === reply.id).map((e) => e.affectedMemberIds)).toEqual([[author.id], [author.id]]);
  });

  it('moves a thread to another category, and refuses an unknown category with BAD_USER_INPUT', async () => {
    const author = await t.seed.member();
    const moderator = await t.seed.moderator();
    const from = await t.seed.category('generale');
    const to = await t.seed.category('servizi-cittadini');
    const thread = await t.seed.thread({ authorId: author.id, categoryId: from.id });
    const res = await t.gql(moderator, MOVE, { id: thread.id, categoryId: to.id, reason: 'Tema più adatto' });
    expect(res.data.moveThread.category).toEqual({ id: to.id, slug: 'servizi-cittadini' });
    const listed = await t.gql(author, THREADS, { filter: { categoryId: to.id } });
    expect(listed.data.threads.nodes.map((n: any) => n.id)).toContain(thread.id);
    const bad = await t.gql(moderator, MOVE, { id: thread.id, categoryId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).categoryId).toBe(to.id);
    expect(await logFor(thread.id)).toEqual([{ action: 'MOVE', targetType: 'THREAD', reason: 'Tema più adatto' }]);
  });

  it('merges two threads keeping every post’s time and order; the source is hidden and remembers the target', async () => {
    const alice = await t.seed.member();
    const bruno = await t.seed.member();
    const moderator = await t.seed.moderator();
    const t0 = Date.now() - 3_600_000;
    const at = (minutes: number) => new Date(t0 + minutes * 60_000);
    const target = await t.seed.thread({ authorId: alice.id, createdAt: at(10), body: 'Apertura della destinazione' });
    const source = await t.seed.thread({ authorId: bruno.id, createdAt: at(0), body: 'Apertura della sorgente' });
    const s1 = await t.seed.post({ threadId: source.id, authorId: bruno.id, createdAt: at(5) });
    const t1 = await t.seed.post({ threadId: target.id, authorId: alice.id, createdAt: at(15) });
    const s2 = await t.seed.post({ threadId: source.id, authorId: alice.id, createdAt: at(20) });
    const t2 = await t.seed.post({ threadId: target.id, authorId: bruno.id, createdAt: at(25) });
    const sourceTimes = await t.dataSource.getRepository(PostEntity).findBy({ threadId: source.id });

    const res = await t.gql(moderator, MERGE, { source: source.id, target: target.id, reason: 'Stesso argomento' });
    expect(res.errors).toBeUndefined();
    const merged = res.data.mergeThreads;
    expect(merged.id).toBe(target.id);
    expect(merged.postCount).toBe(6);
    // The target's opening post stays first; the rest interleave by their original times.
    expect(merged.posts.nodes.map((n: any) => n.id)).toEqual([target.openingPostId, source.openingPostId, s1.id, t1.id, s2.id, t2.id]);
    for (const post of sourceTimes) {
      const node = merged.posts.nodes.find((n: any) => n.id === post.id);
      expect(node.createdAt).toBe(post.createdAt.toISOString());
    }
    expect(merged.lastActivityAt).toBe(at(25).toISOString());

    const stored = await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: source.id });
    expect(stored).toMatchObject({ hidden: true, mergedIntoId: target.id });
    expect(await t.count(PostEntity, { threadId: source.id })).toBe(0);
    expect(codeOf(await t.gql(bruno, THREAD, { id: source.id }))).toBe('NOT_FOUND');
    expect((await t.gql(moderator, THREAD, { id: source.id })).data.thread).toMatchObject({ hidden: true, postCount: 0 });
    expect(await logFor(source.id)).toEqual([{ action: 'MERGE', targetType: 'THREAD', reason: 'Stesso argomento' }]);
    expect(events.find((e) => e.action === 'MERGE' && e.targetId === source.id)).toMatchObject({ affectedMemberIds: [bruno.id], threadId: target.id });

    // New replies still come after every merged post.
    const reply = await t.gql(alice, REPLY, { input: { threadId: target.id, body: 'Grazie per aver unito le discussioni' } });
    expect(new Date(reply.data.replyToThread.createdAt).getTime()).toBeGreaterThan(at(25).getTime());

    expect(codeOf(await t.gql(moderator, MERGE, { source: source.id, target: target.id }))).toBe('CONFLICT');
    expect(codeOf(await t.gql(moderator, MERGE, { source: target.id, target: target.id }))).toBe('BAD_USER_INPUT');
    // An id that is no uuid, the empty one included, names no thread.
    for (const id of ['', 'non-un-uuid']) {
      expect(codeOf(await t.gql(moderator, MERGE, { source: id, target: target.id }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(moderator, MERGE, { source: target.id, target: id }))).toBe('NOT_FOUND');
    }
  });

  it('lists every moderator and admin action in the log, newest first, including role and status changes', async () => {
    const admin = await t.seed.admin();
    const member = await t.seed.member();
    const thread = await t.seed.thread({ authorId: member.id });
    await t.gql(admin, `mutation ($id: ID!) { setMemberRole(memberId: $id, role: MODERATOR) { id } }`, { id: member.id });
    await t.gql(admin, PIN, { id: thread.id, on: true });
    await t.gql(admin, `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED, reason: "Spam ripetuto") { id } }`, { id: member.id });

    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(admin, LOG, { first: 5, after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.moderationLog.nodes);
      if (!page.data.moderationLog.pageInfo.hasNextPage) break;
      after = page.data.moderationLog.pageInfo.endCursor;
    }
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
    expect(seen.length).toBe(await t.count(ModerationActionEntity));
    const latest = seen.filter((n) => n.targetId === member.id || n.targetId === thread.id).map((n) => n.action);
    expect(latest).toEqual(['SET_STATUS', 'PIN', 'SET_ROLE']);
    const times = seen.map((n) => new Date(n.createdAt).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
