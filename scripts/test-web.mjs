// `npm run test:web`: the browser tests. Builds the API and the web client, starts the real server on
// a free port against a fresh database (a new database on DATABASE_URL's server, else a throwaway
// embedded PostgreSQL), then runs test/web/*.web-test.mjs with node's test runner in headless
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Screenshots land in test-artifacts/web/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { freePort, startThrowawayPostgres } from './lib/embedded-postgres.mjs';
import pg from 'pg';

const root = new URL('..', import.meta.url).pathname;

// `--screenshots`: instead of the tests, load the demo community and photograph the main screens
// into docs/screenshots/ for the README.
const screenshotsMode = process.argv.includes('--screenshots');

// The scenarios, in the order they run. Each one needs only the server and seeds its own data.
const SCENARIOS = screenshotsMode ? ['docs-screenshots.web-run.mjs'] : process.env.WEB_SCENARIOS ? process.env.WEB_SCENARIOS.split(',') : [
  'login.web-test.mjs',
  'thread-live.web-test.mjs',
  'thread-with-practice.web-test.mjs',
  'follow-practice.web-test.mjs',
  'documents.web-test.mjs',
  'needs.web-test.mjs',
  'twinning-workspace.web-test.mjs',
  'search.web-test.mjs',
  'moderation.web-test.mjs',
  'edit-conflict.web-test.mjs',
  'invitations.web-test.mjs',
  'details.web-test.mjs',
  'fields.web-test.mjs',
  'accessibility.web-test.mjs',
  'screens.web-test.mjs',
];

function run(cmd, args, env = process.env) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${res.status}`);
}

async function createDatabase() {
  if (process.env.DATABASE_URL) {
    const name = `hub_web_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const embedded = await startThrowawayPostgres({ prefix: 'hub-web-pg-' });
  await embedded.pg.createDatabase('hub_web');
  return {
    url: embedded.url('hub_web'),
    drop: () => embedded.stop(),
  };
}

async function startServer(env, baseUrl) {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not answer /health in 180 s:\n${output}`);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write(`Chromium not found at ${chromium}: apt-get install -y chromium, or set CHROMIUM_PATH\n`);
  process.exit(1);
}

if (!process.env.WEB_TEST_SKIP_BUILD) {
  run(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api']);
  run('npm', ['run', 'build:web']);
}

const artifacts = screenshotsMode ? join(root, 'docs/screenshots') : join(root, 'test-artifacts/web');
mkdirSync(artifacts, { recursive: true });
const finalShots = join(root, 'test-artifacts/web/final');
mkdirSync(finalShots, { recursive: true });
const database = await createDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'hub-web-data-'));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const admin = { email: 'amministrazione@hub.test', password: 'Password-web-test-1' };
let server;
let status = 1;
try {
  server = await startServer({
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(24).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    RATE_LIMIT_LOGIN: '1000/60',
    RATE_LIMIT_WRITES: '10000/60',
    RATE_LIMIT_SEARCH: '10000/60',
    // Every page load opens a socket from 127.0.0.1: the scenarios load far more than a person would.
    RATE_LIMIT_SOCKET_HANDSHAKES: '10000/60',
    LOG_LEVEL: 'warn',
    SEED_DEMO: screenshotsMode ? '1' : '',
  }, baseUrl);
  const files = SCENARIOS.map((f) => join(root, 'test/web', f));
  const tests = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, WEB_BASE_URL: baseUrl, WEB_DATA_DIR: dataDir, WEB_ADMIN_EMAIL: admin.email, WEB_ADMIN_PASSWORD: admin.password, WEB_ARTIFACTS: artifacts, WEB_FINAL_DIR: finalShots, CHROMIUM_PATH: chromium },
  });
  status = tests.status ?? 1;
} catch (err) {
  process.stderr.write(`${err.stack ?? err}\n`);
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  await database.drop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
