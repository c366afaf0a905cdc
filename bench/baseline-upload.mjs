// Reference for the upload suite: the least a server can do for POST /files without a framework:
// node:http, the API's multipart parser (@fastify/busboy) and buffers, sha256 while streaming,
// the bytes written to a new file in DIR and flushed to disk. No token, type check or database.
// It says how much of the distance between the API and a plain fs write any HTTP upload pays.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Busboy } from '@fastify/busboy';

const BUFFER = 1024 * 1024;

const server = createServer((req, res) => {
  const parser = new Busboy({ headers: req.headers, highWaterMark: BUFFER, fileHwm: BUFFER });
  parser.on('file', (_name, file) => {
    const hash = createHash('sha256');
    const meter = new Transform({
      highWaterMark: BUFFER,
      transform(chunk, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const out = createWriteStream(join(process.env.DIR, `${randomUUID()}.part`), { flags: 'wx', mode: 0o600, flush: true, highWaterMark: BUFFER });
    pipeline(file, meter, out).then(
      () => res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sha256: hash.digest('hex') })),
      (err) => res.writeHead(500).end(String(err)),
    );
  });
  req.pipe(parser);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
