// `npm run bench`: real-time delivery of the API against a bare socket.io server, in one run.
//
//  1. broadcast: one post in a thread watched by N sockets (held by this process); time from the
//     mutation's response to the last socket's `post:created`; p50/p99 over BENCH_POSTS posts
//     BENCH_INTERVAL_MS apart; API vs bare socket.io, for each N of BENCH_SOCKETS (1000,4000).
//  2. two API instances through Redis (REDIS_URL, default redis://127.0.0.1:6379) vs one.
//  3. a targeted `notification` with 4000 idle sockets connected vs 100.
//  4. heap per authenticated socket vs a bare socket.io socket, and back to baseline after all
//     disconnect.
// Targets: every ratio ≤ 1.3, heap per socket ≤ 1.1. Uses DATABASE_URL when set, else a throwaway
// embedded PostgreSQL.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, startThrowawayPostgres } from '../scripts/lib/embedded-postgres.mjs';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { io } from 'socket.io-client';

const root = new URL('..', import.meta.url).pathname;
const API_MAIN = join(root, 'dist/apps/api/src/main.js');
const BARE = join(root, 'bench/bare-server.mjs');
const PROBE = join(root, 'bench/heap-probe.mjs');
const SIZES = (process.env.BENCH_SOCKETS ?? '1000,4000').split(',').map(Number);
const POSTS = Number(process.env.BENCH_POSTS ?? 20);
const INTERVAL = Number(process.env.BENCH_INTERVAL_MS ?? 250);
const IDLE = (process.env.BENCH_IDLE ?? '100,4000').split(',').map(Number);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// BENCH_ONLY=broadcast,redis,targeted,heap runs a subset.
const ONLY = new Set((process.env.BENCH_ONLY ?? 'broadcast,redis,targeted,heap').split(','));
const SECRET = 'segreto-del-benchmark-lungo-almeno-32-caratteri';
const ISSUER = 'buone-pratiche-hub';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? a / b : Number.NaN);
const results = [];
/** One measured ratio with both sides; a `BENCH_ROW` line carries it to bench/index.mjs's table. */
function report(name, value, baseline, { target = 1.3, unit = ' ms', id = '' } = {}) {
  const r = ratio(value, baseline);
  const ok = r <= target;
  results.push({ name, r, ok });
  process.stdout.write(`${name}: ${r.toFixed(2)}x ${ok ? `(ok, target ≤ ${target})` : `(ABOVE the ${target} target)`}\n`);
  process.stdout.write(`BENCH_ROW ${JSON.stringify({ id, metric: name, api: value, baseline, target: `<= ${target}x`, pass: ok, unit })}\n`);
}

// ---------- database ----------

async function database() {
  let embedded;
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    embedded = await startThrowawayPostgres({ prefix: 'hub-bench-pg-', flags: ['-c', 'max_connections=200'] });
    baseUrl = embedded.url();
  }
  const name = `hub_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      if (embedded) {
        await embedded.stop();
      }
    },
  };
}

// ---------- servers ----------

/** A server child process with the heap probe; resolves once it prints its "listening on" line. */
async function startServer(script, env) {
  const port = await freePort();
  const child = fork(script, [], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    execArgv: ['--expose-gc', '--import', PROBE],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${output}`)));
  });
  child.removeAllListeners('exit');
  child.stdout.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    heap: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m.heap));
        child.send('heap');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

const apiEnv = (db, redis) => ({
  NODE_ENV: 'test',
  DATABASE_URL: db.url,
  JWT_SECRET: SECRET,
  LOG_LEVEL: 'info',
  REDIS_URL: redis ? REDIS_URL : '',
  RATE_LIMIT_WRITES: '1000000/60',
});

// ---------- data ----------

async function seed(db, members) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO member ("email", "handle", "displayName", "position", "passwordHash")
       SELECT 'bench.' || i || '@example.it', 'bench.' || i, 'Membro ' || i, 'OFFICIAL', 'x'
         FROM generate_series(1, $1::int) i RETURNING id`,
      [members],
    );
    const ids = rows.map((r) => r.id);
    const [{ id: categoryId }] = (await client.query(`SELECT id FROM category ORDER BY "position" LIMIT 1`)).rows;
    const thread = (
      await client.query(`INSERT INTO thread ("categoryId", "authorId", "title") VALUES ($1, $2, 'Discussione del benchmark') RETURNING id`, [
        categoryId,
        ids[0],
      ])
    ).rows[0].id;
    await client.query(`INSERT INTO post ("threadId", "authorId", "body", "bodyHtml", "opening") VALUES ($1, $2, 'Apertura', '<p>Apertura</p>', true)`, [
      thread,
      ids[0],
    ]);
    // ids[1] follows the thread: the recipient of the targeted notifications
    await client.query(`INSERT INTO follow ("memberId", "targetType", "targetId", "level") VALUES ($1, 'THREAD', $2, 'WATCHING')`, [ids[1], thread]);
    return { memberIds: ids, threadId: thread };
  } finally {
    await client.end();
  }
}

const token = (memberId) => jwt.sign({}, SECRET, { algorithm: 'HS256', subject: memberId, expiresIn: 3600, issuer: ISSUER });

// ---------- clients ----------

/** Connects `count` sockets (websocket transport), `batch` at a time; tokens from `tokenOf(i)`. */
async function connectMany(urls, count, tokenOf, batch = 100) {
  const sockets = [];
  for (let start = 0; start < count; start += batch) {
    const wave = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const socket = io(urls[i % urls.length], {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: tokenOf ? { token: tokenOf(i) } : {},
      });
      sockets.push(socket);
      wave.push(
        new Promise((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        }),
      );
    }
    await Promise.all(wave);
  }
  return sockets;
}

async function closeAll(sockets) {
  for (const s of sockets) s.close();
  await sleep(500);
}

/** Receipt times per post id: resolves when all `expected` sockets got `event` for that id. */
function tracker(sockets, event, keyOf) {
  const pending = new Map();
  const seen = new Map();
  const onEvent = (payload) => {
    const key = keyOf(payload);
    const entry = seen.get(key) ?? { count: 0, last: 0 };
    entry.count++;
    entry.last = performance.now();
    seen.set(key, entry);
    const waiter = pending.get(key);
    if (waiter && entry.count >= waiter.expected) waiter.resolve(entry.last);
  };
  for (const s of sockets) s.on(event, onEvent);
  return {
    wait(key, expected) {
      const entry = seen.get(key);
      if (entry && entry.count >= expected) return Promise.resolve(entry.last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${event} ${key}: ${seen.get(key)?.count ?? 0}/${expected} after 30 s`)), 30_000);
        pending.set(key, { expected, resolve: (t) => (clearTimeout(timer), resolve(t)) });
      });
    },
  };
}

async function graphqlReply(url, authorToken, threadId, i) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${authorToken}` },
    body: JSON.stringify({
      query: 'mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }',
      variables: { input: { threadId, body: `Messaggio ${i} del benchmark` } },
    }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { postId: body.data.replyToThread.id, at: performance.now() };
}

async function bareReply(url, threadId) {
  const res = await fetch(`${url}/post`, { method: 'POST', body: JSON.stringify({ threadId, authorId: 'bench' }) });
  const body = await res.json();
  return { postId: body.postId, at: performance.now() };
}

/**
 * Posts POSTS times, INTERVAL apart. `p50`/`p99`: last receipt − the mutation's response
 * (never negative: the API pushes after commit, before it answers, so receipts may come
 * first); `e2e50`/`e2e99`: last receipt − the request's start, which includes the write.
 */
async function measure(post, track, expected) {
  const latencies = [];
  const endToEnd = [];
  for (let i = 0; i < POSTS; i++) {
    const started = performance.now();
    const { postId, at } = await post(i);
    const last = await track.wait(postId, expected);
    latencies.push(Math.max(0, last - at));
    endToEnd.push(last - started);
    const left = INTERVAL - (performance.now() - started);
    if (left > 0) await sleep(left);
  }
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    e2e50: percentile(endToEnd, 50),
    e2e99: percentile(endToEnd, 99),
  };
}

const line = (r) => `after response p50 ${fmt(r.p50)} p99 ${fmt(r.p99)}; from request p50 ${fmt(r.e2e50)} p99 ${fmt(r.e2e99)}`;

async function watchAll(sockets, threadId) {
  await Promise.all(sockets.map((s) => s.timeout(10_000).emitWithAck('thread:watch', { threadId })));
}

// ---------- scenarios ----------

async function broadcast(db, data, n) {
  const bare = await startServer(BARE, {});
  const bareSockets = await connectMany([bare.url], n, null);
  await watchAll(bareSockets, data.threadId);
  const bareResult = await measure(() => bareReply(bare.url, data.threadId), tracker(bareSockets, 'post:created', (p) => p.postId), n);
  await closeAll(bareSockets);
  await bare.stop();

  const api = await startServer(API_MAIN, apiEnv(db, false));
  const sockets = await connectMany([api.url], n, (i) => token(data.memberIds[2 + (i % (data.memberIds.length - 2))]));
  await watchAll(sockets, data.threadId);
  const author = token(data.memberIds[0]);
  const apiResult = await measure((i) => graphqlReply(api.url, author, data.threadId, i), tracker(sockets, 'post:created', (p) => p.postId), n);
  await closeAll(sockets);
  await api.stop();

  process.stdout.write(`\nbroadcast to ${n} sockets\n  bare: ${line(bareResult)}\n  API:  ${line(apiResult)}\n`);
  // (p99 after the response is not compared: the API pushes before it answers, so it is 0 by construction.)
  report(`p99 from request, API / bare, ${n} sockets`, apiResult.e2e99, bareResult.e2e99);
  return apiResult;
}

async function twoInstances(db, data, n, single) {
  const a = await startServer(API_MAIN, apiEnv(db, true));
  const b = await startServer(API_MAIN, apiEnv(db, true));
  const sockets = await connectMany([a.url, b.url], n, (i) => token(data.memberIds[2 + (i % (data.memberIds.length - 2))]));
  await watchAll(sockets, data.threadId);
  await sleep(500);
  const author = token(data.memberIds[0]);
  const result = await measure((i) => graphqlReply(a.url, author, data.threadId, i), tracker(sockets, 'post:created', (p) => p.postId), n);
  await closeAll(sockets);
  await Promise.all([a.stop(), b.stop()]);
  process.stdout.write(`\ntwo instances + Redis, ${n} sockets (half on each): ${line(result)}\n`);
  report(`fan-out p99 from request to ${n} watching sockets, two instances + Redis vs one`, result.e2e99, single.e2e99, { id: 'P8' });
}

async function targeted(db, data) {
  const api = await startServer(API_MAIN, apiEnv(db, false));
  const author = token(data.memberIds[0]);
  const recipient = await connectMany([api.url], 1, () => token(data.memberIds[1]));
  const track = tracker(recipient, 'notification', (n) => n.postId);
  const p99 = {};
  for (const idle of IDLE) {
    const idleSockets = await connectMany([api.url], idle, (i) => token(data.memberIds[2 + (i % (data.memberIds.length - 2))]));
    const result = await measure((i) => graphqlReply(api.url, author, data.threadId, i), track, 1);
    p99[idle] = result.e2e99;
    process.stdout.write(`\ntargeted notification with ${idle} idle sockets: ${line(result)}\n`);
    await closeAll(idleSockets);
  }
  await closeAll(recipient);
  await api.stop();
  const [few, many] = [Math.min(...IDLE), Math.max(...IDLE)];
  report(`targeted notification p99 from request, ${many} idle sockets vs ${few}`, p99[many], p99[few]);
}

async function heapPerSocket(script, env, n, tokenOf) {
  const server = await startServer(script, env);
  const warm = await connectMany([server.url], 50, tokenOf);
  await closeAll(warm);
  const base = await server.heap();
  const sockets = await connectMany([server.url], n, tokenOf);
  await sleep(500);
  const loaded = await server.heap();
  await closeAll(sockets);
  await sleep(1000);
  const after = await server.heap();
  await server.stop();
  return { perSocket: (loaded - base) / n, base, after };
}

async function heap(db, data, n) {
  const bare = await heapPerSocket(BARE, {}, n, null);
  const api = await heapPerSocket(API_MAIN, apiEnv(db, false), n, (i) => token(data.memberIds[2 + (i % (data.memberIds.length - 2))]));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(`\nheap per socket (${n}): bare ${kb(bare.perSocket)}, API (authenticated) ${kb(api.perSocket)}\n`);
  process.stdout.write(`API heap: baseline ${kb(api.base)}, after all disconnected ${kb(api.after)} (${kb(api.after - api.base)} above)\n`);
  report('heap per idle authenticated socket vs bare socket.io', api.perSocket / 1024, bare.perSocket / 1024, { target: 1.1, unit: ' KB', id: 'P7' });
  report('API heap after every socket disconnected vs before', api.after / 2 ** 20, api.base / 2 ** 20, { unit: ' MB' });
}

const db = await database();
try {
  const max = Math.max(...SIZES, ...IDLE);
  const api = await startServer(API_MAIN, apiEnv(db, false)); // runs the migrations once
  await api.stop();
  const data = await seed(db, Math.min(max, 2000) + 2);
  process.stdout.write(`${POSTS} posts ${INTERVAL} ms apart per measurement; sockets: ${SIZES.join(', ')}\n`);
  const single = {};
  if (ONLY.has('broadcast') || ONLY.has('redis')) for (const n of SIZES) single[n] = await broadcast(db, data, n);
  const redisN = Math.max(...SIZES);
  if (ONLY.has('redis')) await twoInstances(db, data, redisN, single[redisN]);
  if (ONLY.has('targeted')) await targeted(db, data);
  if (ONLY.has('heap')) await heap(db, data, Math.max(...SIZES));
  const failed = results.filter((r) => !r.ok);
  process.stdout.write(`\n${results.length - failed.length}/${results.length} ratios within their targets\n`);
} finally {
  await db.drop();
}
process.exit(0);
