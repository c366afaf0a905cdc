import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostEntity, PostRevisionEntity } from '@app/forum';
import { startTestApp, TestApp } from '@app/testing';

const EDIT = `mutation ($input: EditPostInput!) { editPost(input: $input) { id version body } }`;

describe('lost updates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(() => t.close());

  it('lets exactly 1 of 50 parallel edits with the same version succeed; the other 49 get CONFLICT', async () => {
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, body: 'Testo originale' });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql(author, EDIT, { input: { postId: thread.openingPostId, body: `Versione concorrente ${i}`, version: 1 } }),
      ),
    );
    const winners = results.filter((r) => r.data?.editPost);
    const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);

    const row = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId });
    expect(row.version).toBe(2);
    expect(row.body).toBe(winners[0].data.editPost.body);
    expect(await t.count(PostRevisionEntity, { postId: thread.openingPostId })).toBe(1);
  });
});
