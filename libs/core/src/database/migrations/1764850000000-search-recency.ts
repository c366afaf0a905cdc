import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A newest-first index of posts for the search's candidate sets: a common word is ranked among
 * its most recent matches of each kind (SEARCH_RANKED_CANDIDATES), which this lets PostgreSQL
 * read in date order, stopping at the bound, instead of ranking every match (threads have had
 * theirs since the forum's migration).
 */
export class SearchRecency1764850000000 implements MigrationInterface {
  name = 'SearchRecency1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_post_created" ON post ("createdAt" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_post_created"`);
  }
}
