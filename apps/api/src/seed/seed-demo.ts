import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '@app/members';
import { documentsSeed } from './documents.seed.js';
import { forumSeed } from './forum.seed.js';
import { membersSeed } from './members.seed.js';
import { notificationsSeed } from './notifications.seed.js';
import { practicesSeed } from './practices.seed.js';
import { reuseSeed } from './reuse.seed.js';
import type { SeedFiles, SeedStep } from './seed-step.js';
import { workspaceSeed } from './workspace.seed.js';

/** The demo community, in dependency order. */
// notificationsSeed stays last: it draws follows and the inbox backlog from every earlier step.
export const DEMO_STEPS: SeedStep[] = [membersSeed, practicesSeed, documentsSeed, reuseSeed, forumSeed, workspaceSeed, notificationsSeed];

export async function seedDemoCommunity(dataSource: DataSource, hasher: PasswordHasher, log: (m: string) => void, files?: SeedFiles): Promise<void> {
  for (const step of DEMO_STEPS) {
    const started = Date.now();
    await dataSource.transaction((em) => step.run({ em, hasher, log, files }));
    log(`demo: ${step.name} (${Date.now() - started} ms)`);
  }
  await files?.extractText();
}

/** SEED_DEMO=1 at start-up: only into an empty community (no member besides a bootstrap admin). */
export async function seedDemoIfEmpty(dataSource: DataSource, hasher: PasswordHasher, log: (m: string) => void, files?: SeedFiles): Promise<boolean> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM member WHERE "role" <> 'ADMIN'`);
  if (n > 0) return false;
  await seedDemoCommunity(dataSource, hasher, log, files);
  return true;
}
