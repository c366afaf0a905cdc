// kill -9 of the API during uploads: no file is ever left under a real (content-addressed) name
// unless it holds exactly the bytes its sha256 names, no upload row without its bytes, and after a
// restart the same files upload again.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ADMIN, assert, gql, log, run, startApi, startPostgres } from '../lib/harness.mjs';

const ROUNDS = Number(process.env.FAULT_ROUNDS ?? 5);
const MB = 2 ** 20;

/** Streams `data` as a multipart upload in 256 KiB chunks, `pauseMs` apart; resolves with the status, or null when the connection died. */
function slowUpload(baseUrl, token, name, data, pauseMs) {
  const boundary = `----guasto${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve) => {
    const req = request(`${baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + data.length + tail.length },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(null));
    (async () => {
      req.write(head);
      for (let at = 0; at < data.length; at += 256 * 1024) {
        if (req.destroyed) return;
        req.write(data.subarray(at, at + 256 * 1024));
        await sleep(pauseMs);
      }
      req.end(tail);
    })();
  });
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const hashFile = (path) =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path).on('data', (d) => hash.update(d)).on('end', () => resolve(hash.digest('hex'))).on('error', reject);
  });

/** Files under FILES_DIR by place: stored under a content name, or staged. */
function filesUnder(dir) {
  if (!existsSync(dir)) return { stored: [], staged: [] };
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return {
    stored: all.filter((e) => !e.parentPath.includes('.staging')).map((e) => ({ path: join(e.parentPath, e.name), name: e.name })),
    staged: all.filter((e) => e.parentPath.includes('.staging')).map((e) => e.name),
  };
}

async function login(baseUrl) {
  const res = await gql(baseUrl, null, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login.token;
}

await run('fault: kill -9 during uploads', 300, async () => {
  const db = await startPostgres();
  const filesDir = mkdtempSync(join(tmpdir(), 'hub-files-'));
  const env = { DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_WRITES: '100000/60', FILES_DIR: filesDir, MAX_UPLOAD_MB: '64' };
  let api = await startApi(env);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  // Text files (allowed whatever their size), different in every round.
  const files = Array.from({ length: ROUNDS }, (_, round) => [
    Buffer.from(`Relazione del giro ${round}\n`.repeat(Math.floor((24 * MB) / 22))),
    Buffer.from(`Allegato breve ${round}\n`.repeat(2000)),
    Buffer.from(`Verbale ${round}\n`.repeat(Math.floor((3 * MB) / 10))),
  ]);

  for (let round = 0; round < ROUNDS; round++) {
    const token = await login(api.baseUrl);
    const uploads = files[round].map((data, i) => slowUpload(api.baseUrl, token, `file-${round}-${i}.txt`, data, i === 0 ? 40 : 5));
    // Kill while the large file is still streaming, at a different point each round.
    const deadline = Date.now() + 30_000;
    const killAt = (2 + round * 3) * MB;
    for (;;) {
      const sizes = filesUnder(filesDir).staged.map((name) => sizeOf(join(filesDir, '.staging', name)));
      if (Math.max(0, ...sizes) >= killAt || Date.now() > deadline) break;
      await sleep(20);
    }
    api.child.kill('SIGKILL');
    const statuses = await Promise.all(uploads);
    log(`round ${round + 1}: kill -9 with ${Math.round(killAt / MB)} MiB of the large file staged; answers ${statuses.map((s) => s ?? 'none').join(', ')}`);
    assert(statuses[0] === null, 'the large upload never got an answer');

    const { stored, staged } = filesUnder(filesDir);
    for (const file of stored) assert((await hashFile(file.path)) === file.name, `${file.name}: a stored file holds exactly the bytes its name says`);
    const rows = await client.query('SELECT sha256 FROM uploaded_file');
    for (const { sha256: sha } of rows.rows) assert(stored.some((f) => f.name === sha), `upload row ${sha.slice(0, 12)}…: its bytes are stored`);
    assert(!stored.some((f) => f.name === sha256(files[round][0])), 'the interrupted large file is not stored');
    log(`round ${round + 1}: ${stored.length} stored files, all whole; ${rows.rowCount} upload rows, all with their bytes; ${staged.length} staged leftovers`);

    api = await startApi({ ...env, PORT: api.port });
  }

  // After the last restart the interrupted file uploads whole.
  const token = await login(api.baseUrl);
  const again = await slowUpload(api.baseUrl, token, 'di-nuovo.txt', files[0][0], 0);
  assert(again === 201, `the interrupted file uploads after a restart (${again})`);
  const stored = filesUnder(filesDir).stored.find((f) => f.name === sha256(files[0][0]));
  assert(stored && (await hashFile(stored.path)) === stored.name, 'and is stored whole under its sha256');
  await client.end();
});

/** The size of a file, or 0 when it is gone. */
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
