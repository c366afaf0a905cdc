import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '@app/testing';
import { codeOf, EDIT, MARK_USEFUL, MEMBER_COUNTS, POST, REPLY, THREAD, THREADS } from './forum-operations.js';

const CATEGORY_COUNT = `query ($slug: String) { category(slug: $slug) { threadCount threads { nodes { id hidden } totalCount } } }`;

describe('hidden threads and posts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps a hidden thread out of members’ lists, counts and by-id reads, and shows it to moderators with hidden: true', async () => {
    const admin = await t.seed.admin();
    const category = (
      await t.gql(admin, `mutation { createCategory(input: { name: "Nascoste", slug: "nascoste" }) { id } }`)
    ).data.createCategory;
    const author = await t.seed.member();
    const reader = await t.seed.member();
    const moderator = await t.seed.moderator();
    const visible = await t.seed.thread({ authorId: author.id, categoryId: category.id, tags: ['riservata'] });
    const hidden = await t.seed.thread({ authorId: author.id, categoryId: category.id, tags: ['riservata'], hidden: true });
    await t.seed.post({ threadId: hidden.id, authorId: author.id });

    for (const viewer of [reader, null]) {
      const list = await t.gql(viewer, THREADS, { filter: { tag: 'riservata' } });
      expect(list.data.threads.nodes.map((n: any) => n.id)).toEqual([visible.id]);
      expect(list.data.threads.totalCount).toBe(1);
      const inCategory = await t.gql(viewer, CATEGORY_COUNT, { slug: 'nascoste' });
      expect(inCategory.data.category).toEqual({ threadCount: 1, threads: { nodes: [{ id: visible.id, hidden: false }], totalCount: 1 } });
      const counts = await t.gql(viewer, MEMBER_COUNTS, { id: author.id });
      expect(counts.data.member).toMatchObject({ threadCount: 1, postCount: 1 });
      const byId = await t.gql(viewer, THREAD, { id: hidden.id });
      expect(codeOf(byId)).toBe('NOT_FOUND');
      expect(byId.data?.thread ?? null).toBeNull();
      expect(codeOf(await t.gql(viewer, POST, { id: hidden.openingPostId }))).toBe('NOT_FOUND');
    }
    // Writing into it is refused as if it did not exist.
    expect(codeOf(await t.gql(reader, REPLY, { input: { threadId: hidden.id, body: 'Ci sei?' } }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(reader, MARK_USEFUL, { postId: hidden.openingPostId, useful: true }))).toBe('NOT_FOUND');

    const modList = await t.gql(moderator, THREADS, { filter: { tag: 'riservata' } });
    expect(modList.data.threads.totalCount).toBe(2);
    const modThread = await t.gql(moderator, THREAD, { id: hidden.id });
    expect(modThread.data.thread).toMatchObject({ id: hidden.id, hidden: true, postCount: 2 });
    expect((await t.gql(moderator, CATEGORY_COUNT, { slug: 'nascoste' })).data.category.threadCount).toBe(2);
    expect((await t.gql(moderator, MEMBER_COUNTS, { id: author.id })).data.member).toMatchObject({ threadCount: 2, postCount: 3 });
  });

  it('keeps a hidden post out of members’ pages, counts, replies and solutions, and shows it to moderators', async () => {
    const author = await t.seed.member();
    const reader = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const shown = await t.seed.post({ threadId: thread.id, authorId: reader.id, createdAt: new Date(Date.now() + 1) });
    const hidden = await t.seed.post({ threadId: thread.id, authorId: reader.id, hidden: true, createdAt: new Date(Date.now() + 2) });
    const answer = await t.seed.post({ threadId: thread.id, authorId: author.id, replyToId: hidden.id, createdAt: new Date(Date.now() + 3) });
    await t.dataSource.query(`UPDATE thread SET "solutionPostId" = $2 WHERE id = $1`, [thread.id, hidden.id]);

    const seen = await t.gql(reader, THREAD, { id: thread.id });
    expect(seen.data.thread.posts.nodes.map((n: any) => n.id)).toEqual([thread.openingPostId, shown.id, answer.id]);
    expect(seen.data.thread.posts.totalCount).toBe(3);
    expect(seen.data.thread.postCount).toBe(3);
    expect(seen.data.thread.solution).toBeNull();
    expect((await t.gql(reader, POST, { id: answer.id })).data.post.replyTo).toBeNull();
    expect(codeOf(await t.gql(reader, POST, { id: hidden.id }))).toBe('NOT_FOUND');
    expect((await t.gql(reader, MEMBER_COUNTS, { id: reader.id })).data.member.postCount).toBe(1);
    // Its own author cannot edit it any more, nor can anyone reply to it.
    expect(codeOf(await t.gql(reader, EDIT, { input: { postId: hidden.id, body: 'Correggo', version: 1 } }))).toBe('NOT_FOUND');
    const reply = await t.gql(author, REPLY, { input: { threadId: thread.id, body: 'Rispondo', replyToPostId: hidden.id } });
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');

    const mod = await t.gql(moderator, THREAD, { id: thread.id });
    expect(mod.data.thread.posts.nodes.map((n: any) => [n.id, n.hidden])).toEqual([
      [thread.openingPostId, false],
      [shown.id, false],
      [hidden.id, true],
      [answer.id, false],
    ]);
    expect(mod.data.thread.postCount).toBe(4);
    expect(mod.data.thread.solution).toEqual({ id: hidden.id });
    expect((await t.gql(moderator, POST, { id: answer.id })).data.post.replyTo).toEqual({ id: hidden.id });
  });
});
