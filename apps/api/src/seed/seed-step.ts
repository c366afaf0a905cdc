import type { EntityManager } from 'typeorm';
import type { PasswordHasher } from '@app/members';

/** Where the demo stores the bytes of its documents, and how their text gets extracted. */
export interface SeedFiles {
  /** Stores the bytes in the configured storage; their sha256. */
  storeBytes(data: Buffer): Promise<string>;
  /** Asks the background worker for the text of the versions still without it (after the commit). */
  extractText(): Promise<void>;
}

export interface SeedContext {
  em: EntityManager;
  hasher: PasswordHasher;
  /** Absent: the steps that need stored files skip them. */
  files?: SeedFiles;
  log(message: string): void;
}

/** One part of the demo community; steps run in order, each in its own transaction, and are idempotent. */
export interface SeedStep {
  name: string;
  run(ctx: SeedContext): Promise<void>;
}
