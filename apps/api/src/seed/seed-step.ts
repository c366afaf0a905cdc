import type { EntityManager } from 'typeorm';
import type { PasswordHasher } from '@app/members';

export interface SeedContext {
  em: EntityManager;
  hasher: PasswordHasher;
  log(message: string): void;
}

/** One part of the demo community; steps run in order, each in its own transaction, and are idempotent. */
export interface SeedStep {
  name: string;
  run(ctx: SeedContext): Promise<void>;
}
