import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password resets and the end of earlier sessions: a member's `tokenVersion` goes up on every
 * password change and access tokens carrying an older one stop working; a reset link is stored
 * only as the SHA-256 of its token, single use, valid one hour.
 */
export class PasswordReset1764770000001 implements MigrationInterface {
  name = 'PasswordReset1764770000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ADD COLUMN "tokenVersion" int NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE password_reset (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "memberId" uuid NOT NULL REFERENCES member("id") ON DELETE CASCADE,
        "tokenHash" varchar(64) NOT NULL,
        "expiresAt" timestamptz(3) NOT NULL,
        "usedAt" timestamptz(3),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_password_reset_token" ON password_reset ("tokenHash")`);
    await q.query(`CREATE INDEX "IDX_password_reset_member" ON password_reset ("memberId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
    await q.query(`ALTER TABLE member DROP COLUMN "tokenVersion"`);
  }
}
