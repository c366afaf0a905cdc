import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostEntity, PracticeLinkEntity, ThreadEntity, UsefulMarkEntity } from '@app/forum';
import { PasswordHasher } from '@app/members';
import { FlagEntity, ModerationActionEntity } from '@app/moderation';
import { startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';

describe('the demo community: discussions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('fills every category with Italian threads, mentions, useful marks, solutions, links, a pinned and a locked thread; a second run changes nothing', async () => {
    const seed = () => seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined);
    await seed();

    const categories = await t.gql(null, `{ categories { slug name threadCount threads(first: 5) { nodes { title pinned status solution { id } practices { practice { id } } } } } }`);
    expect(categories.errors).toBeUndefined();
    for (const category of categories.data.categories) {
      expect(category.threadCount).toBeGreaterThanOrEqual(3);
    }
    const threads = categories.data.categories.flatMap((c: any) => c.threads.nodes);
    expect(threads.some((th: any) => th.pinned)).toBe(true);
    expect(threads.some((th: any) => th.status === 'LOCKED')).toBe(true);
    expect(threads.filter((th: any) => th.solution).length).toBeGreaterThanOrEqual(5);
    expect(threads.filter((th: any) => th.practices.length).length).toBeGreaterThanOrEqual(10);

    const [{ n: mentioning }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM post WHERE cardinality("mentionedIds") > 0`);
    expect(mentioning).toBeGreaterThanOrEqual(10);
    const [{ n: replies }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM post WHERE "replyToId" IS NOT NULL`);
    expect(replies).toBeGreaterThan(40);
    // Stored counters agree with the rows they count.
    const [{ n: wrongPosts }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM post p WHERE p."usefulCount" <> (SELECT count(*) FROM useful_mark m WHERE m."postId" = p.id)`,
    );
    expect(wrongPosts).toBe(0);
    const [{ n: wrongThreads }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM thread t
        WHERE t."usefulCount" <> (SELECT coalesce(sum(p."usefulCount"), 0) FROM post p WHERE p."threadId" = t.id AND NOT p.hidden)`,
    );
    expect(wrongThreads).toBe(0);
    const [{ n: selfMarks }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM useful_mark m JOIN post p ON p.id = m."postId" WHERE p."authorId" = m."memberId"`,
    );
    expect(selfMarks).toBe(0);

    const moderator = await t.seed.moderator();
    const queue = await t.gql(moderator, `{ moderationQueue { totalCount } moderationLog { nodes { action } } }`);
    expect(queue.data.moderationQueue.totalCount).toBeGreaterThanOrEqual(1);
    expect(queue.data.moderationLog.nodes.map((n: any) => n.action)).toEqual(expect.arrayContaining(['PIN', 'LOCK', 'HIDE_POST', 'FLAG_UPHELD']));

    const counts = async () => ({
      threads: await t.count(ThreadEntity),
      posts: await t.count(PostEntity),
      marks: await t.count(UsefulMarkEntity),
      links: await t.count(PracticeLinkEntity),
      flags: await t.count(FlagEntity),
      actions: await t.count(ModerationActionEntity),
    });
    const before = await counts();
    const snapshot = await t.dataSource.query(`SELECT id, "lastActivityAt", "usefulCount", "solutionPostId" FROM thread ORDER BY id`);
    await seed();
    expect(await counts()).toEqual(before);
    expect(await t.dataSource.query(`SELECT id, "lastActivityAt", "usefulCount", "solutionPostId" FROM thread ORDER BY id`)).toEqual(snapshot);
  });
});
