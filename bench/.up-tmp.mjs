import { createServer, request } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, rmSync, mkdirSync } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { fork } from 'node:child_process';
import { Busboy } from '@fastify/busboy';
const dir = '/work/tmp-up'; mkdirSync(dir, { recursive: true });
if (process.argv[2] === 'client') {
  const port = Number(process.argv[3]);
  const size = 50 * 2 ** 20; const body = Buffer.alloc(size, 'Relazione tecnica\n');
  const boundary = 'xx'; const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n`); const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  for (let r = 0; r < 6; r++) {
    const t = performance.now();
    await new Promise((resolve) => {
      const req = request(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + size + tail.length } });
      req.on('response', (res) => res.resume().on('end', resolve));
      (async () => { for (const c of [head, ...Array.from({ length: size / 65536 }, (_, i) => body.subarray(i * 65536, (i + 1) * 65536)), tail]) if (!req.write(c)) await once(req, 'drain'); req.end(); })();
    });
    process.stdout.write(` ${(50 / ((performance.now() - t) / 1000)).toFixed(0)}`);
  }
  process.exit(0);
}
const [MODE, HWM] = [process.argv[2], Number(process.argv[3])];
const server = createServer((req, res) => {
  const bb = new Busboy({ headers: req.headers, highWaterMark: HWM, fileHwm: HWM });
  bb.on('file', async (_n, stream) => {
    const hash = createHash('sha256');
    const meter = new Transform({ highWaterMark: HWM, transform(c, _e, d) { hash.update(c); d(null, c); } });
    const path = `${dir}/${randomUUID()}`;
    const sink = MODE === 'nowrite' ? new Writable({ highWaterMark: HWM, write(c, e, d) { d(); } }) : createWriteStream(path, { flags: 'wx', flush: MODE !== 'noflush', highWaterMark: HWM });
    await pipeline(stream, meter, sink);
    rmSync(path, { force: true });
    res.end(hash.digest('hex'));
  });
  req.pipe(bb);
});
server.listen(0, async () => {
  const c = fork(new URL(import.meta.url).pathname, ['client', String(server.address().port)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let out = ''; c.stdout.on('data', (d) => (out += d));
  await once(c, 'exit'); console.log(MODE, HWM, 'MB/s', out); server.close();
});
