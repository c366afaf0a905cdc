import type { Queryable } from '@app/core';

export interface OidcSignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  invitationCode: string | null;
}

/** A sign-in under way lasts this long between the redirect to the provider and its answer. */
export const OIDC_ATTEMPT_MINUTES = 10;

/** Records a sign-in under way, and forgets those past their time. */
export async function insertOidcAttempt(db: Queryable, attempt: OidcSignInAttempt): Promise<void> {
  await db.query(`DELETE FROM oidc_sign_in WHERE "createdAt" < now() - make_interval(mins => $1)`, [OIDC_ATTEMPT_MINUTES]);
  await db.query(`INSERT INTO oidc_sign_in ("state", "nonce", "codeVerifier", "invitationCode") VALUES ($1, $2, $3, $4)`, [
    attempt.state,
    attempt.nonce,
    attempt.codeVerifier,
    attempt.invitationCode,
  ]);
}

/** Takes the sign-in of `state`, once: a second answer with the same state finds nothing. */
export async function takeOidcAttempt(db: Queryable, state: string): Promise<OidcSignInAttempt | null> {
  const rows = await db.query<OidcSignInAttempt[]>(
    `WITH taken AS (
       DELETE FROM oidc_sign_in WHERE "state" = $1 RETURNING "state", "nonce", "codeVerifier", "invitationCode", "createdAt"
     )
     SELECT "state", "nonce", "codeVerifier", "invitationCode" FROM taken WHERE "createdAt" >= now() - make_interval(mins => $2)`,
    [state, OIDC_ATTEMPT_MINUTES],
  );
  return rows[0] ?? null;
}
