// 200 concurrent writers for 60 s (FAULT_WRITERS, FAULT_SECONDS): no error but
// rate limits, and exact counts afterwards.
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN, assert, community, createThread, gql, log, run, startApi, startPostgres } from '../lib/harness.mjs';

const WRITERS = Number(process.env.FAULT_WRITERS ?? 200);
const SECONDS = Number(process.env.FAULT_SECONDS ?? 60);

await run(`fault: ${WRITERS} concurrent writers for ${SECONDS} s`, SECONDS + 240, async () => {
  const db = await startPostgres();
  const api = await startApi({ DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  const { members } = await community(api.baseUrl, WRITERS);
  const threads = [];
  for (let i = 0; i < 10; i++) threads.push(await createThread(api.baseUrl, members[i].token, `Discussione affollata ${i + 1}`));
  log(`${WRITERS} writers ready`);

  const written = new Map(members.map((m) => [m.id, 0]));
  const perThread = new Map(threads.map((id) => [id, 0]));
  const errors = new Map();
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    members.map(async (m, i) => {
      await sleep(Math.random() * 1000);
      for (let n = 0; Date.now() < until; n++) {
        const threadId = threads[(i + n) % threads.length];
        const res = await gql(api.baseUrl, m.token, 'mutation ($i: ReplyInput!) { replyToThread(input: $i) { id } }', {
          i: { threadId, body: `Contributo ${n} di @membro${(i + 1) % WRITERS}` },
        }).catch((err) => ({ errors: [{ extensions: { code: `NETWORK ${err.message}` } }] }));
        if (res.data?.replyToThread) {
          written.set(m.id, written.get(m.id) + 1);
          perThread.set(threadId, perThread.get(threadId) + 1);
        } else {
          const code = res.errors?.[0]?.extensions?.code ?? 'UNKNOWN';
          errors.set(code, (errors.get(code) ?? 0) + 1);
          if (code === 'RATE_LIMITED') await sleep(Math.min(5000, (res.errors[0].extensions.retryAfterSeconds ?? 1) * 1000));
        }
      }
    }),
  );
  const total = [...written.values()].reduce((a, b) => a + b, 0);
  log(`${total} replies written (${(total / SECONDS).toFixed(1)}/s); refusals: ${JSON.stringify(Object.fromEntries(errors))}`);
  if (![...errors.keys()].every((code) => code === 'RATE_LIMITED')) {
    log(`server log (errors):\n${api.output().split('\n').filter((l) => l.includes('"level":50')).slice(0, 3).join('\n').slice(0, 3000)}`);
  }
  assert([...errors.keys()].every((code) => code === 'RATE_LIMITED'), 'no error but rate limits');

  for (const id of threads) {
    const res = await gql(api.baseUrl, members[0].token, 'query ($id: ID!) { thread(id: $id) { postCount } }', { id });
    if (res.data.thread.postCount !== perThread.get(id) + 1) throw new Error(`thread ${id}: postCount ${res.data.thread.postCount}, expected ${perThread.get(id) + 1}`);
  }
  assert(true, 'every thread counts exactly its replies plus the opening post');
  const sample = members.slice(0, 50);
  for (const m of sample) {
    const res = await gql(api.baseUrl, m.token, 'query ($id: ID!) { member(id: $id) { postCount } }', { id: m.id });
    const opening = members.indexOf(m) < 10 ? 1 : 0;
    if (res.data.member.postCount !== written.get(m.id) + opening) throw new Error(`member ${m.id}: postCount ${res.data.member.postCount}, expected ${written.get(m.id) + opening}`);
  }
  assert(true, 'members count exactly their posts');
  assert(api.child.exitCode === null, 'the API never crashed');
});
