import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TestApp } from '@app/testing';

/**
 * A thread page: the thread, its posts with authors and their administrations,
 * counts, useful marks, mentions, replies and linked practices (kept within the operation cost budget
 * at 100 posts).
 */
const THREAD_PAGE = `query ($id: ID!, $first: Int) {
  thread(id: $id) {
    id title postCount
    category { name }
    author { handle administration { name } }
    solution { id }
    practices { note practice { title } linkedBy { handle } }
    posts(first: $first) {
      totalCount
      nodes {
        id bodyHtml usefulCount viewerFoundUseful
        author { handle administration { name } }
        mentions { handle }
        replyTo { id }
      }
    }
  }
}`;

describe('statements per thread page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function threadWith(replies: number) {
    const administrations = await Promise.all(Array.from({ length: 4 }, () => t.seed.administration()));
    const members = await Promise.all(administrations.map((a) => t.seed.member({ administrationId: a.id })));
    const thread = await t.seed.thread({ authorId: members[0].id });
    const practices = await Promise.all([t.seed.practice(), t.seed.practice()]);
    await t.dataSource.query(
      `INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById") SELECT $1, unnest($2::uuid[]), 'Vedi la scheda', $3`,
      [thread.id, practices.map((p) => p.id), members[1].id],
    );
    await t.seed.posts(thread.id, members.map((m) => m.id), replies, new Date(Date.now() + 1000));
    // Every reply answers the opening post or the previous reply and mentions two members; a few are marked useful.
    await t.dataSource.query(
      `WITH ordered AS (SELECT id, row_number() OVER (ORDER BY "createdAt") AS n, lag(id) OVER (ORDER BY "createdAt") AS previous
                        FROM post WHERE "threadId" = $1)
       UPDATE post p SET "replyToId" = ordered.previous, "mentionedIds" = $2::uuid[], "usefulCount" = (ordered.n % 3)::int
       FROM ordered WHERE p.id = ordered.id AND ordered.previous IS NOT NULL`,
      [thread.id, [members[1].id, members[2].id]],
    );
    const viewer = members[3];
    await t.dataSource.query(
      `INSERT INTO useful_mark ("postId", "memberId") SELECT id, $2 FROM post WHERE "threadId" = $1 AND "usefulCount" > 0`,
      [thread.id, viewer.id],
    );
    const solution = await t.seed.post({ threadId: thread.id, authorId: members[1].id, createdAt: new Date(Date.now() + 10 * 60_000) });
    await t.dataSource.query(`UPDATE thread SET "solutionPostId" = $2 WHERE id = $1`, [thread.id, solution.id]);
    return { thread, viewer };
  }

  /**
   * Statements for one page read, the fewest over three reads: DataLoader batches what is
   * requested in the same tick, so when two branches of the query (say the posts and the
   * linked practices) answer in different ticks under load, one batch may split in two.
   * That jitter does not grow with the number of posts; the minimum is the page's real cost.
   */
  async function statements(replies: number, first: number): Promise<number> {
    const { thread, viewer } = await threadWith(replies);
    const page = () => t.gql(viewer, THREAD_PAGE, { id: thread.id, first });
    const warm = await page();
    expect(warm.errors).toBeUndefined();
    expect(warm.data.thread.posts.nodes).toHaveLength(Math.min(first, replies + 2));
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      counts.push(
        await t.queries.count(async () => {
          const res = await page();
          expect(res.errors).toBeUndefined();
        }),
      );
    }
    return Math.min(...counts);
  }

  it('costs the same number of SQL statements for a page of 10 posts and of 100', async () => {
    const ten = await statements(10, 10);
    const hundred = await statements(120, 100);
    const twenty = await statements(30, 20);
    // The figure quoted in the documentation of the thread page.
    process.stdout.write(`thread page statements: 10 posts ${ten}, 20 posts ${twenty}, 100 posts ${hundred}\n`);
    expect(hundred).toBe(ten);
    expect(twenty).toBe(ten);
  });
});
