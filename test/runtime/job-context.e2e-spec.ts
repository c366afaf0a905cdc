import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JobQueue, runningJob } from '@app/core';
import { startTestApp, TestApp } from '@app/testing';

describe('job context', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('knows the job its code runs for across awaits, and a request runs for none', async () => {
    const jobs = t.app.get(JobQueue);
    const seen: Array<string | undefined> = [];
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    await jobs.register({
      name: 'job-context-probe',
      handler: async () => {
        seen.push(runningJob());
        await t.dataSource.query('SELECT 1 AS "probe"');
        seen.push(runningJob());
        finished();
      },
    });

    // A request's statements are counted; those of a job that runs in the same window are not.
    const counted = await t.queries.count(async () => {
      await t.dataSource.query('SELECT 2 AS "request"');
      expect(runningJob()).toBeUndefined();
      await jobs.send('job-context-probe');
      await done;
    });
    expect(seen).toEqual(['job-context-probe', 'job-context-probe']);
    expect(counted).toBe(1);
    expect(t.queries.statements).toEqual(['SELECT 2 AS "request"']);
  });
});
