import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertSha256, ByteRange, FileStorage } from './file-storage.js';

/**
 * Files under a folder, `<dir>/<first two hex digits>/<sha256>`. A staged file (written and
 * synced under a temporary name in the same file system) becomes a stored one by `rename`,
 * which is atomic: a crash leaves either no file under the real name or the whole file.
 */
export class FsFileStorage extends FileStorage {
  readonly kind = 'file system';

  constructor(private readonly dir: string) {
    super();
  }

  private pathOf(sha256: string): string {
    assertSha256(sha256);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(sha256: string, stagedPath: string): Promise<void> {
    const target = this.pathOf(sha256);
    if (await this.exists(sha256)) {
      // Same name, same bytes: the copy already stored stays.
      await rm(stagedPath, { force: true });
      return;
    }
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    await rename(stagedPath, target);
  }

  async read(sha256: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(sha256);
    const stream = createReadStream(path, range ? { start: range.start, end: range.end } : {});
    // Open before answering, so a missing file fails here and not halfway through a response.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}
