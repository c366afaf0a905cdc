import type { MigrationInterface, QueryRunner } from 'typeorm';
import { renderMarkdown } from '../../markdown/markdown-renderer.js';

/**
 * Invitations that can be resent and revoked (their status is derived from these dates), members'
 * bios rendered once like posts, and the forum-wide thread list with pinned threads first.
 */
export class InvitationStatusBioHtml1764740000000 implements MigrationInterface {
  name = 'InvitationStatusBioHtml1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation ADD COLUMN "sentAt" timestamptz(3), ADD COLUMN "revokedAt" timestamptz(3)`);
    // Renewing looks up the open invitation of an address.
    await q.query(`CREATE INDEX "IDX_invitation_open_email" ON invitation ("email") WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL`);

    await q.query(`ALTER TABLE member ADD COLUMN "bioHtml" text`);
    const rows: Array<{ id: string; bio: string }> = await q.query(`SELECT "id", "bio" FROM member WHERE "bio" IS NOT NULL`);
    for (const row of rows) {
      await q.query(`UPDATE member SET "bioHtml" = $2 WHERE "id" = $1`, [row.id, renderMarkdown(row.bio)]);
    }

    await q.query(`CREATE INDEX "IDX_thread_pinned_activity" ON thread ("pinned" DESC, "lastActivityAt" DESC, "id" DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_thread_pinned_activity"`);
    await q.query(`ALTER TABLE member DROP COLUMN "bioHtml"`);
    await q.query(`DROP INDEX "IDX_invitation_open_email"`);
    await q.query(`ALTER TABLE invitation DROP COLUMN "sentAt", DROP COLUMN "revokedAt"`);
  }
}
