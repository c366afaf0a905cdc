import type { Queryable } from './sql-params.js';

/**
 * Takes the transaction-scoped advisory lock named `key` (held until commit or rollback), so that
 * transactions doing the same thing at once (start-ups creating the admin, two invitations of one
 * address) run one after the other.
 */
export async function lockKey(em: Queryable, key: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
}
