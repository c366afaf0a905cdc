import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostEntity, ThreadEntity } from '@app/forum';
import { startTestApp, TestApp } from '@app/testing';
import { MEMBER_COUNTS, REPLY } from './forum-operations.js';

describe('concurrent replies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves exact counts and distinct, ordered times after 20 concurrent replies', async () => {
    const author = await t.seed.member();
    const repliers = await Promise.all(Array.from({ length: 10 }, () => t.seed.member()));
    const category = await t.seed.category('interoperabilita');
    const thread = await t.seed.thread({ authorId: author.id, categoryId: category.id });
    const before = await t.gql(null, `query ($id: ID!) { category(id: $id) { threadCount } }`, { id: category.id });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.gql(repliers[i % repliers.length], REPLY, { input: { threadId: thread.id, body: `Risposta simultanea ${i}` } }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);

    const view = await t.gql(null, `query ($id: ID!) { thread(id: $id) { postCount lastActivityAt posts(first: 100) { totalCount nodes { id createdAt } } } }`, {
      id: thread.id,
    });
    const { postCount, posts, lastActivityAt } = view.data.thread;
    expect(postCount).toBe(21);
    expect(posts.totalCount).toBe(21);
    expect(posts.nodes).toHaveLength(21);
    const times = posts.nodes.map((n: any) => new Date(n.createdAt).getTime());
    expect(new Set(times).size).toBe(21);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(lastActivityAt).toBe(posts.nodes[20].createdAt);
    expect(await t.count(PostEntity, { threadId: thread.id })).toBe(21);

    for (const replier of repliers) {
      const counts = await t.gql(null, MEMBER_COUNTS, { id: replier.id });
      expect(counts.data.member.postCount).toBe(2);
    }
    const after = await t.gql(null, `query ($id: ID!) { category(id: $id) { threadCount } }`, { id: category.id });
    expect(after.data.category.threadCount).toBe(before.data.category.threadCount);
    const stored = await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
    expect(stored.lastActivityAt.toISOString()).toBe(lastActivityAt);
  });
});
