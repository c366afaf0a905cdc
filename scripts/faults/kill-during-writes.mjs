// kill -9 of the API during a stream of concurrent writes: after a restart, every
// write whose response arrived is in the database, with its notifications.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ADMIN, assert, community, createThread, gql, log, run, startApi, startPostgres } from '../lib/harness.mjs';

await run('fault: kill -9 during writes', 150, async () => {
  const db = await startPostgres();
  const env = { DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_WRITES: '100000/60' };
  let api = await startApi(env);
  const { members } = await community(api.baseUrl, 11);
  const [author, ...writers] = members;
  const threadId = await createThread(api.baseUrl, author.token, 'Pagamenti online: quale intermediario?');

  const acknowledged = [];
  let attempts = 0;
  let stop = false;
  const streams = writers.map(async (w, i) => {
    for (let n = 0; !stop; n++) {
      attempts++;
      try {
        const res = await gql(api.baseUrl, w.token, 'mutation ($i: ReplyInput!) { replyToThread(input: $i) { id } }', {
          i: { threadId, body: `Risposta ${n} del membro ${i}` },
        });
        if (res.data?.replyToThread?.id) acknowledged.push(res.data.replyToThread.id);
      } catch {
        return; // the connection died with the process
      }
    }
  });
  await sleep(2500);
  log(`kill -9 after ${acknowledged.length} acknowledged writes`);
  api.child.kill('SIGKILL');
  stop = true;
  await Promise.all(streams);
  log(`${attempts} attempts, ${acknowledged.length} acknowledged`);

  api = await startApi({ ...env, PORT: api.port });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const posts = await client.query('SELECT "id" FROM post WHERE "id" = ANY($1::uuid[])', [acknowledged]);
  assert(posts.rowCount === acknowledged.length, `all ${acknowledged.length} acknowledged posts are in the database`);
  const notified = await client.query(
    `SELECT count(DISTINCT "postId")::int AS n FROM notification WHERE "postId" = ANY($1::uuid[]) AND "recipientId" = $2`,
    [acknowledged, author.id],
  );
  assert(notified.rows[0].n === acknowledged.length, 'each of them has its notification to the thread author');
  const counted = await gql(api.baseUrl, author.token, 'query ($id: ID!) { thread(id: $id) { postCount } }', { id: threadId });
  const [{ n: stored }] = (await client.query('SELECT count(*)::int AS n FROM post WHERE "threadId" = $1 AND NOT hidden', [threadId])).rows;
  assert(counted.data.thread.postCount === stored, `the thread's postCount (${counted.data.thread.postCount}) matches its rows`);
  await client.end();
});
