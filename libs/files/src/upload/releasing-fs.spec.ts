import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { releasingFs } from './releasing-fs.js';

const dir = mkdtempSync(join(tmpdir(), 'releasing-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `chunks` through a write stream with `releasingFs(own)`; the file's bytes. */
async function written(name: string, chunks: Buffer[], own: WeakSet<ArrayBufferLike>): Promise<Buffer> {
  const path = join(dir, name);
  const file = createWriteStream(path, { flags: 'wx', flush: true, fs: releasingFs(own) });
  for (const chunk of chunks) file.write(chunk);
  await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return readFileSync(path);
}

describe('releasingFs', () => {
  it('frees a chunk of its own once written, and the file holds its bytes', async () => {
    const chunk = Buffer.from(new ArrayBuffer(64 * 1024));
    chunk.fill('kit di riuso ');
    const expected = Buffer.from(chunk);
    const own = new WeakSet<ArrayBufferLike>([chunk.buffer]);

    const bytes = await written('own.txt', [chunk], own);

    expect(bytes.equals(expected)).toBe(true);
    expect(chunk.buffer.detached).toBe(true);
    expect(chunk.length).toBe(0);
  });

  it('frees every chunk of a batched write (writev) once the whole batch is written', async () => {
    const chunks = Array.from({ length: 5 }, (_, i) => Buffer.from(new ArrayBuffer(32 * 1024)).fill(String(i)));
    const expected = Buffer.concat(chunks);
    const own = new WeakSet<ArrayBufferLike>(chunks.map((c) => c.buffer));

    const bytes = await written('batch.txt', chunks, own);

    expect(bytes.equals(expected)).toBe(true);
    expect(chunks.every((c) => c.buffer.detached)).toBe(true);
  });

  it('leaves alone a buffer that is not one of the request’s own chunks, and views into it', async () => {
    const shared = Buffer.from(new ArrayBuffer(1024)).fill('a');
    const view = shared.subarray(100, 200);

    const bytes = await written('shared.txt', [view], new WeakSet());

    expect(bytes.equals(Buffer.alloc(100, 'a'))).toBe(true);
    expect(shared.buffer.detached).toBe(false);
    expect(shared.length).toBe(1024);
  });
});
