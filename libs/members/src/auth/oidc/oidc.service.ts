import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, MemberStatus, rootLogger, TokenService, TransactionRunner } from '@app/core';
import { Position } from '../../enums.js';
import { InvitationEntity, invitationStatus, InvitationStatus } from '../../invitation/invitation.entity.js';
import { MemberEntity } from '../../member/member.entity.js';
import { PasswordHasher } from '../password-hasher.js';
import { OidcSignInError } from './oidc-sign-in.errors.js';
import { insertOidcAttempt, takeOidcAttempt } from './oidc-sign-in.queries.js';

const logger = rootLogger.child({ context: 'OidcSignIn' });

/** Where a successful sign-in ends: the client's sign-in page, or the completion of a registration. */
export interface OidcSignInResult {
  token: string;
  member: MemberEntity;
  registered: boolean;
}

/** `TINIT-RSSMRA80A01H501U` (SPID's form) or `RSSMRA80A01H501U` -> `RSSMRA80A01H501U`; null for anything else. */
export function fiscalCodeOfClaim(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase().replace(/^TINIT-/, '');
  return /^[A-Z0-9]{16}$/.test(code) ? code : null;
}

/** A handle proposed from a name: `Maria Rossi` -> `maria.rossi` (3..30 of [a-z0-9._-]). */
export function handleOfName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 24)
    .replace(/\.+$/, '');
  return base.length >= 3 ? base : `membro.${base || 'spid'}`.slice(0, 24);
}

/**
 * Sign-in with SPID/CIE through an OpenID Connect provider (a SPID/CIE gateway), with
 * openid-client: authorization code with PKCE (S256), `state` and `nonce` kept server-side for one
 * use, the ID token validated (signature, issuer, audience, expiry, nonce). The provider is
 * discovered on the first sign-in, not at start-up, and a failed discovery is retried by the next
 * one, so the API starts and serves while the provider is down.
 */
@Injectable()
export class OidcService {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
  ) {}

  get enabled(): boolean {
    return !!this.config.oidc;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  private discover(): Promise<client.Configuration> {
    const oidc = this.config.oidc;
    if (!oidc) return Promise.reject(new OidcSignInError('non_configurato'));
    this.configuration ??= client
      .discovery(new URL(oidc.issuer), oidc.clientId, { redirect_uris: [this.redirectUri] }, client.ClientSecretBasic(oidc.clientSecret), {
        // http:// is accepted (by the configuration check) only for a provider on the same machine.
        execute: oidc.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        this.configuration = null;
        logger.warn({ err, issuer: oidc.issuer }, 'OpenID Connect provider not reachable: sign-in will retry');
        throw new OidcSignInError('provider_non_disponibile', err);
      });
    return this.configuration;
  }

  /** The provider's authorization URL for a new sign-in, and its `state` (the browser keeps it in a cookie). */
  async begin(invitationCode: string | null): Promise<{ url: string; state: string }> {
    if (invitationCode) {
      const invitation = await this.dataSource.getRepository(InvitationEntity).findOneBy({ code: invitationCode });
      if (!invitation || invitationStatus(invitation) !== InvitationStatus.PENDING) throw new OidcSignInError('invito_non_valido');
    }
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const attempt = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier, invitationCode };
    await insertOidcAttempt(this.dataSource, attempt);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { url: url.href, state: attempt.state };
  }

  /**
   * The provider's answer (the callback's query string) with the state the browser kept: the code
   * exchanged and the ID token validated, then the member signed in, linked or registered.
   */
  async complete(query: string, browserState: string | null): Promise<OidcSignInResult> {
    const params = new URLSearchParams(query);
    const state = params.get('state');
    if (!state || !browserState || state !== browserState) throw new OidcSignInError('stato_non_valido');
    const attempt = await takeOidcAttempt(this.dataSource, state);
    if (!attempt) throw new OidcSignInError('stato_non_valido');
    if (params.has('error')) throw new OidcSignInError('accesso_annullato', params.get('error'));
    const configuration = await this.discover();

    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, new URL(`${this.redirectUri}?${params}`), {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Gateways put the attributes in the ID token or only behind the userinfo endpoint; the ID token's win.
      const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub).catch(() => ({}));
      claims = { ...userinfo, ...idToken };
    } catch (err) {
      if (err instanceof OidcSignInError) throw err;
      logger.warn({ err }, 'OpenID Connect answer refused');
      throw new OidcSignInError('verifica_fallita', err);
    }
    return this.signIn(claims, attempt.invitationCode);
  }

  private async signIn(claims: Record<string, unknown>, invitationCode: string | null): Promise<OidcSignInResult> {
    const fiscalCode = fiscalCodeOfClaim(claims.fiscal_number);
    const verified = claims.email_verified === true || claims.email_verified === 'true';
    const email = verified && typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const result = await this.tx.run(async ({ em }) => {
      const members = em.getRepository(MemberEntity);
      const known = (fiscalCode ? await members.findOneBy({ fiscalCode }) : null) ?? (email ? await members.findOneBy({ email }) : null);
      // An e-mail of a member already linked to another codice fiscale is not this person's.
      if (known && fiscalCode && known.fiscalCode && known.fiscalCode !== fiscalCode) throw new OidcSignInError('identita_sconosciuta');
      if (known) {
        if (known.status !== MemberStatus.ACTIVE) throw new OidcSignInError('account_sospeso');
        // Matched by e-mail: the codice fiscale is linked for the next sign-ins (unless it already has another).
        if (fiscalCode && !known.fiscalCode) await members.update(known.id, { fiscalCode });
        return { member: known, registered: false };
      }
      if (!invitationCode) throw new OidcSignInError('identita_sconosciuta');
      return { member: await this.register(em, invitationCode, claims, fiscalCode, email), registered: true };
    });
    return { ...result, token: this.tokens.sign(result.member.id, result.member.tokenVersion) };
  }

  /** Completes an invitation whose codice fiscale or e-mail is the identity's, with the name the provider gives. */
  private async register(em: EntityManager, code: string, claims: Record<string, unknown>, fiscalCode: string | null, email: string | null): Promise<MemberEntity> {
    const invitation = await em.getRepository(InvitationEntity).findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!invitation || invitationStatus(invitation) !== InvitationStatus.PENDING) throw new OidcSignInError('invito_non_valido');
    const matches = (invitation.fiscalCode && invitation.fiscalCode === fiscalCode) || (email && invitation.email === email);
    if (!matches) throw new OidcSignInError('invito_non_corrispondente');
    const members = em.getRepository(MemberEntity);
    const name = [claims.given_name, claims.family_name].filter((p) => typeof p === 'string' && p.trim()).join(' ') || (typeof claims.name === 'string' ? claims.name : '');
    const displayName = (name.trim() || invitation.email.split('@')[0]).slice(0, 120);
    const base = handleOfName(displayName);
    let handle = base;
    for (let n = 2; await members.existsBy({ handle }); n++) handle = `${base}.${n}`;
    // No password: the member signs in with SPID/CIE, or sets one with "password dimenticata".
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    const member = await members.save(
      members.create({
        email: invitation.email,
        handle,
        displayName,
        position: Position.OTHER,
        role: invitation.role,
        status: MemberStatus.ACTIVE,
        passwordHash,
        expertise: [],
        fiscalCode,
      }),
    );
    await em.update(InvitationEntity, invitation.id, { acceptedAt: new Date(), acceptedById: member.id });
    return member;
  }
}
