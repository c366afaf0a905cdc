import type { Readable } from 'node:stream';

/** Bytes `start` to `end` of a file, both included (as HTTP ranges count them). */
export interface ByteRange {
  start: number;
  end: number;
}

/** A sha256 in lower-case hex: the name of a stored file. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where the bytes of uploaded files live, content-addressed by their sha256 (one copy per
 * content, however many uploads carry it); the database holds the metadata. Two drivers: the
 * file system under `FILES_DIR`, or an S3-compatible bucket (several instances share it).
 */
export abstract class FileStorage {
  /** The driver's name, for the log. */
  abstract readonly kind: string;

  /**
   * Stores the staged file at `stagedPath` (a complete file of `sizeBytes` bytes, already
   * synced to disk) under `sha256`, all at once: a reader never sees part of it under that name.
   * The staged file is gone afterwards.
   */
  abstract put(sha256: string, stagedPath: string, sizeBytes: number): Promise<void>;

  /** The bytes of `sha256`, all of them or one range. */
  abstract read(sha256: string, range?: ByteRange): Promise<Readable>;

  abstract exists(sha256: string): Promise<boolean>;

  /** Removes the file; nothing happens when it is already gone. */
  abstract delete(sha256: string): Promise<void>;
}

/** Checks a name before it reaches a path or a key. */
export function assertSha256(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
}
