// Gives the test run a real PostgreSQL: DATABASE_URL when set, else a throwaway
// embedded cluster (fsync off) that global-teardown removes. Workers inherit
// TEST_DATABASE_URL; each test file clones its own database from a migrated template.
import { startThrowawayPostgres } from '../../scripts/lib/embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const embedded = await startThrowawayPostgres({ prefix: 'hub-test-pg-', flags: ['-c', 'max_connections=400'] });
  globalThis.__HUB_EMBEDDED_PG__ = embedded;
  process.env.TEST_DATABASE_URL = embedded.url();
}
