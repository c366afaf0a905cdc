import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrations } from '@app/core';
import { Region } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const TWINNING = `query ($id: ID!) { twinning(id: $id) { thread { title category { slug } author { id } postCount posts { nodes { bodyHtml } } } } }`;

describe('migration TwinningThreads: a working thread for the twinnings proposed before the workspace', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens one in "gemellaggi" by the proposer for each twinning without one, with the objectives escaped, once', async () => {
    const proposer = await t.seed.member();
    const offering = await t.seed.administration({ region: Region.VENETO });
    const receiving = await t.seed.administration({ region: Region.SICILIA });
    const practice = await t.seed.practice({ offeringAdministrationId: offering.id, title: 'Conservazione <digitale> & firma' });
    // Written directly, as the twinnings that existed before the workspace: no thread.
    const twinning = await t.seed.twinning({ practiceId: practice.id, proposedById: proposer.id, receivingAdministrationIds: [receiving.id], objectives: 'Riuso <script>x</script>' });
    expect((await t.gql(proposer, TWINNING, { id: twinning.id })).data.twinning.thread).toBeNull();

    const migration = migrations.find((m) => m.name === 'TwinningThreads1764830000002')!;
    const runner = t.dataSource.createQueryRunner();
    try {
      await new migration().up(runner);
      await new migration().up(runner);
    } finally {
      await runner.release();
    }
    const thread = (await t.gql(proposer, TWINNING, { id: twinning.id })).data.twinning.thread;
    expect(thread).toMatchObject({ title: 'Gemellaggio: Conservazione <digitale> & firma', category: { slug: 'gemellaggi' }, author: { id: proposer.id }, postCount: 1 });
    expect(thread.posts.nodes[0].bodyHtml).toContain('Riuso &lt;script&gt;x&lt;/script&gt;');
    expect(thread.posts.nodes[0].bodyHtml).not.toContain('<script>');
  });
});
