// Shared pieces of the fault scripts and benchmarks: a private PostgreSQL and
// Redis on loopback, API instances from the compiled build, a GraphQL client and
// a small community created through the API itself. Everything listens on
// 127.0.0.1 only and is stopped by `cleanup()`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, startThrowawayPostgres } from './embedded-postgres.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname;
const ENTRY = join(ROOT, 'dist/apps/api/src/main.js');
const cleanups = [];

export function log(message) {
  process.stdout.write(`${new Date().toISOString().slice(11, 23)} ${message}\n`);
}

export { freePort };

/** Builds the API (the scripts run what `npm start` runs, from the current sources). */
export function ensureBuilt() {
  if (process.env.SKIP_BUILD === '1' && existsSync(ENTRY)) return;
  log('building the API');
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build failed');
}

/** A throwaway PostgreSQL that the script can stop and start again. */
export async function startPostgres(extraFlags = []) {
  const embedded = await startThrowawayPostgres({ prefix: 'hub-fault-pg-', persistent: true, fast: false, flags: ['-c', 'max_connections=300', ...extraFlags] });
  await embedded.pg.createDatabase('hub');
  cleanups.push(() => embedded.stop());
  const { pg, port } = embedded;
  return { pg, port, url: embedded.url('hub') };
}

/** A private redis-server (from the machine's packages) on a free loopback port. */
export async function startRedis(port) {
  port ??= await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  cleanups.push(async () => child.kill('SIGKILL'));
  for (let i = 0; i < 50; i++) {
    if (await canConnect(port)) break;
    await sleep(100);
  }
  return { child, port, url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

function canConnect(port) {
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
  });
}

/** Starts one API instance from the build; resolves when it prints its listening line. */
export async function startApi(env) {
  const port = env.PORT ?? (await freePort());
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', JWT_SECRET: 'segreto-degli-script-di-guasto-lungo-abbastanza', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  cleanups.push(async () => child.kill('SIGKILL'));
  const started = Date.now();
  while (!output.includes('listening on')) {
    if (child.exitCode !== null) throw new Error(`API exited during start-up:\n${output}`);
    if (Date.now() - started > 60_000) throw new Error(`API did not start in 60 s:\n${output}`);
    await sleep(50);
  }
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, output: () => output };
}

export async function gql(baseUrl, token, query, variables) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, ...body };
}

export async function health(baseUrl) {
  try {
    const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3000) });
    return res.status;
  } catch {
    return 0;
  }
}

export const ADMIN = { email: 'admin@guasti.example', password: 'password-amministratore' };

async function registerInvited(baseUrl, inviterToken, email, handle, role = 'MEMBER') {
  const inv = await gql(baseUrl, inviterToken, 'mutation ($e: String!, $r: Role) { createInvitation(input: { email: $e, role: $r }) { code } }', { e: email, r: role });
  if (!inv.data) throw new Error(JSON.stringify(inv.errors));
  const reg = await gql(
    baseUrl,
    null,
    'mutation ($i: RegisterInput!) { register(input: $i) { token member { id } } }',
    { i: { invitationCode: inv.data.createInvitation.code, email, password: 'password-di-prova', handle, displayName: handle, position: 'OFFICIAL' } },
  );
  if (!reg.data) throw new Error(JSON.stringify(reg.errors));
  return { id: reg.data.register.member.id, token: reg.data.register.token };
}

/**
 * n members registered through invitations, each with a token; plus the admin's token.
 * Invitations are writes under RATE_LIMIT_WRITES, so they are spread over enough
 * co-administrators (40 invitations each) to stay within the default limit.
 */
export async function community(baseUrl, n) {
  const admin = await gql(baseUrl, null, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token member { id } } }', { e: ADMIN.email, p: ADMIN.password });
  if (!admin.data) throw new Error(JSON.stringify(admin.errors));
  const adminToken = admin.data.login.token;
  const inviters = [adminToken];
  for (let i = 1; i < Math.ceil(n / 40); i++) {
    inviters.push((await registerInvited(baseUrl, adminToken, `coamministratore${i}@guasti.example`, `coamministratore${i}`, 'ADMIN')).token);
  }
  const members = [];
  for (let i = 0; i < n; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, n - i) }, (_, j) =>
        registerInvited(baseUrl, inviters[Math.floor((i + j) / 40)], `membro${i + j}@guasti.example`, `membro${i + j}`),
      ),
    );
    members.push(...batch);
  }
  return { adminToken, adminId: admin.data.login.member.id, members };
}

export async function createThread(baseUrl, token, title) {
  const categories = await gql(baseUrl, token, '{ categories { id slug } }');
  const categoryId = categories.data.categories.find((c) => c.slug === 'generale').id;
  const res = await gql(baseUrl, token, 'mutation ($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
    i: { categoryId, title, body: 'Apriamo il confronto su questo tema.' },
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createThread.id;
}

export async function cleanup() {
  while (cleanups.length) await cleanups.pop()();
}

/** Runs a script body with a hard time bound and always cleans up. */
export async function run(name, seconds, body) {
  const timer = setTimeout(() => {
    log(`${name}: FAILED, over the ${seconds} s bound`);
    cleanup().finally(() => process.exit(1));
  }, seconds * 1000);
  try {
    ensureBuilt();
    await body();
    log(`${name}: PASSED`);
    await cleanup();
    clearTimeout(timer);
    process.exit(0);
  } catch (err) {
    log(`${name}: FAILED: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
  log(`ok: ${message}`);
}
