import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with SPID/CIE through an OpenID Connect provider: a member's codice fiscale (the
 * `fiscal_number` claim; unique), the invitee's on an invitation, and the sign-ins under way
 * (state, nonce and PKCE verifier between the redirect to the provider and its answer; each used once).
 */
export class OidcSignIn1764840000002 implements MigrationInterface {
  name = 'OidcSignIn1764840000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member ADD COLUMN "fiscalCode" varchar(16)`);
    await q.query(`CREATE UNIQUE INDEX "UQ_member_fiscalCode" ON member ("fiscalCode") WHERE "fiscalCode" IS NOT NULL`);
    await q.query(`ALTER TABLE invitation ADD COLUMN "fiscalCode" varchar(16)`);
    await q.query(`
      CREATE TABLE oidc_sign_in (
        "state" varchar(64) PRIMARY KEY,
        "nonce" varchar(64) NOT NULL,
        "codeVerifier" varchar(128) NOT NULL,
        "invitationCode" varchar(64),
        "createdAt" timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_oidc_sign_in_createdAt" ON oidc_sign_in ("createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_sign_in`);
    await q.query(`ALTER TABLE invitation DROP COLUMN "fiscalCode"`);
    await q.query(`ALTER TABLE member DROP COLUMN "fiscalCode"`);
  }
}
