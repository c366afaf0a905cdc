import * as fs from 'node:fs';

/** The `fs` option of `createWriteStream`: the file-system calls its stream makes. */
type WriteStreamFs = NonNullable<Exclude<Parameters<typeof fs.createWriteStream>[1], string | undefined>['fs']>;

/**
 * The file-system calls of a staged file's write stream, which free each chunk of the request
 * body as soon as it is written whole, instead of when the garbage collector next runs.
 *
 * Node's HTTP parser hands the body over in chunks of their own (copied out of its read buffer,
 * up to 64 KiB each). Left to the collector, the 50 MB of a large upload are dead memory outside
 * the heap, and V8 answers that much with a full marking of the API's whole heap (its
 * "external memory pressure"): that halved the upload's rate (the bench's upload suite).
 * Only buffers seen whole as chunks of this request (`bodyBuffers`) are freed, and only once
 * every byte handed to the write is written (a partial write is retried from those buffers).
 */
export function releasingFs(bodyBuffers: WeakSet<ArrayBufferLike>): WriteStreamFs & Pick<typeof fs, 'fsync'> {
  const release = (chunk: Buffer) => {
    const buffer = chunk.buffer;
    if (buffer instanceof ArrayBuffer && !buffer.detached && bodyBuffers.has(buffer)) buffer.transfer(0);
  };
  type Done<T> = (err: NodeJS.ErrnoException | null, written: number, data: T) => void;
  return {
    open: fs.open,
    close: fs.close,
    fsync: fs.fsync,
    write: (fd: number, buffer: Buffer, offset: number, length: number, position: number | null, done: Done<Buffer>) =>
      fs.write(fd, buffer, offset, length, position, (err, written) => {
        if (!err && written === length) release(buffer);
        done(err, written, buffer);
      }),
    writev: (fd: number, buffers: Buffer[], position: number | null, done: Done<Buffer[]>) =>
      fs.writev(fd, buffers, position, (err, written) => {
        if (!err && written === buffers.reduce((sum, b) => sum + b.length, 0)) buffers.forEach(release);
        done(err, written, buffers);
      }),
  };
}
