// PostgreSQL restarted under load: /health goes 503 while the database is down and
// 200 again after, the API recovers by itself within seconds and never crashes.
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN, assert, community, createThread, gql, health, log, run, startApi, startPostgres } from '../lib/harness.mjs';

await run('fault: PostgreSQL restart under load', 120, async () => {
  const db = await startPostgres();
  const api = await startApi({ DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  const { members } = await community(api.baseUrl, 4);
  const threadId = await createThread(api.baseUrl, members[0].token, 'Discussione sotto carico');

  let running = true;
  const outcomes = { ok: 0, failed: 0 };
  const load = Promise.all(
    members.map(async (m) => {
      while (running) {
        const res = await gql(api.baseUrl, m.token, 'query ($id: ID!) { thread(id: $id) { id postCount posts(first: 5) { nodes { id } } } }', { id: threadId }).catch(() => ({ status: 0 }));
        if (res.data?.thread) outcomes.ok++;
        else outcomes.failed++;
        await sleep(20);
      }
    }),
  );

  await sleep(1000);
  assert((await health(api.baseUrl)) === 200, 'health is 200 before the restart');
  log('stopping PostgreSQL');
  await db.pg.stop();
  let down = 0;
  for (let i = 0; i < 50 && down !== 503; i++) {
    down = await health(api.baseUrl);
    await sleep(100);
  }
  assert(down === 503, 'health is 503 while PostgreSQL is down');
  await sleep(2000);
  log('starting PostgreSQL again');
  const restartedAt = Date.now();
  await db.pg.start();
  let up = 0;
  while (up !== 200 && Date.now() - restartedAt < 30_000) {
    up = await health(api.baseUrl);
    if (up !== 200) await sleep(100);
  }
  const recovery = Date.now() - restartedAt;
  assert(up === 200, `health is 200 again ${recovery} ms after PostgreSQL returned`);
  const okBefore = outcomes.ok;
  await sleep(2000);
  running = false;
  await load;
  assert(outcomes.ok > okBefore, `queries succeed again (${outcomes.ok} answered, ${outcomes.failed} refused during the outage)`);
  assert(api.child.exitCode === null, 'the API process never crashed');
  const write = await gql(api.baseUrl, members[1].token, 'mutation ($i: ReplyInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body: 'Di nuovo operativi.' } });
  assert(!!write.data?.replyToThread?.id, 'writes succeed after the restart');
});
