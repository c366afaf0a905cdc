import * as fs from 'node:fs';

/** The `fs` option of `createWriteStream`: the file-system calls its stream makes. */
type WriteStreamFs = NonNullable<Exclude<Parameters<typeof fs.createWriteStream>[1], string | undefined>['fs']>;

/** How many bytes of a staged file are written between two background flushes of it to disk. */
export const SYNC_EVERY_BYTES = 4 * 2 ** 20;

export interface ReleasingFsOptions {
  syncEveryBytes?: number;
  /** The flush to disk run in the background (fdatasync). */
  sync?: (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;
}

/**
 * The file-system calls of a staged file's write stream, which free each chunk of the request
 * body as soon as it is written whole, instead of when the garbage collector next runs, and
 * flush the file to disk in the background as it grows.
 *
 * Node's HTTP parser hands the body over in chunks of their own (copied out of its read buffer,
 * up to 64 KiB each). Left to the collector, the 50 MB of a large upload are dead memory outside
 * the heap, and V8 answers that much with a full marking of the API's whole heap (its
 * "external memory pressure"): that halved the upload's rate (the bench's upload suite).
 * Only buffers seen whole as chunks of this request (`bodyBuffers`) are freed, and only once
 * every byte handed to the write is written (a partial write is retried from those buffers).
 *
 * The stream flushes the file before closing it (`flush: true`): left to that one call, the disk
 * writes the whole file after the last byte arrived, as long again as receiving it. Every
 * `syncEveryBytes` written, an fdatasync starts on libuv's pool while the upload goes on (one at
 * a time), so the final flush finds little left; its errors are the final flush's to report, and
 * the file is closed only once no flush is running.
 */
export function releasingFs(bodyBuffers: WeakSet<ArrayBufferLike>, options: ReleasingFsOptions = {}): WriteStreamFs & Pick<typeof fs, 'fsync'> {
  const { syncEveryBytes = SYNC_EVERY_BYTES, sync = fs.fdatasync } = options;
  const release = (chunk: Buffer) => {
    const buffer = chunk.buffer;
    if (buffer instanceof ArrayBuffer && !buffer.detached && bodyBuffers.has(buffer)) buffer.transfer(0);
  };
  let unsynced = 0;
  let syncing: Promise<void> | null = null;
  const wrote = (fd: number, bytes: number) => {
    unsynced += bytes;
    if (syncing || unsynced < syncEveryBytes) return;
    unsynced = 0;
    syncing = new Promise((resolve) =>
      sync(fd, () => {
        syncing = null;
        resolve();
      }),
    );
  };
  type Done<T> = (err: NodeJS.ErrnoException | null, written: number, data: T) => void;
  return {
    open: fs.open,
    close: (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => {
      if (syncing) void syncing.then(() => fs.close(fd, done));
      else fs.close(fd, done);
    },
    fsync: fs.fsync,
    write: (fd: number, buffer: Buffer, offset: number, length: number, position: number | null, done: Done<Buffer>) =>
      fs.write(fd, buffer, offset, length, position, (err, written) => {
        if (!err && written === length) release(buffer);
        if (!err) wrote(fd, written);
        done(err, written, buffer);
      }),
    writev: (fd: number, buffers: Buffer[], position: number | null, done: Done<Buffer[]>) =>
      fs.writev(fd, buffers, position, (err, written) => {
        if (!err && written === buffers.reduce((sum, b) => sum + b.length, 0)) buffers.forEach(release);
        if (!err) wrote(fd, written);
        done(err, written, buffers);
      }),
  };
}
