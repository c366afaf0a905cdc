import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { releasingFs, ReleasingFsOptions } from './releasing-fs.js';

const dir = mkdtempSync(join(tmpdir(), 'releasing-fs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `chunks` through a write stream with `releasingFs(own)`; the file's bytes. */
async function written(name: string, chunks: Buffer[], own: WeakSet<ArrayBufferLike>, options?: ReleasingFsOptions): Promise<Buffer> {
  const path = join(dir, name);
  const file = createWriteStream(path, { flags: 'wx', flush: true, fs: releasingFs(own, options) });
  for (const chunk of chunks) file.write(chunk);
  const closed = new Promise<void>((resolve, reject) => file.once('close', resolve).once('error', reject));
  file.end();
  await closed;
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

  it('flushes the file to disk in the background as it grows, one flush at a time, and closes it only once none is running', async () => {
    const events: string[] = [];
    let running = 0;
    const sync: ReleasingFsOptions['sync'] = (fd, done) => {
      running++;
      events.push(`sync ${running}`);
      // A slow disk: the flush ends well after the next writes.
      setTimeout(() => {
        running--;
        events.push('synced');
        done(null);
      }, 30);
    };
    const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, String(i % 10)));
    const bytes = await written('synced.txt', chunks, new WeakSet(), { syncEveryBytes: 256 * 1024, sync });

    expect(bytes.equals(Buffer.concat(chunks))).toBe(true);
    // 2.5 MB written, a flush asked every 256 KiB: at least one ran while writing, never two at once.
    expect(events.filter((e) => e.startsWith('sync')).length).toBeGreaterThanOrEqual(1);
    expect(events).not.toContain('sync 2');
    // When the stream closed the file, the last flush had ended.
    expect(events[events.length - 1]).toBe('synced');
    expect(running).toBe(0);
  });
});
