import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { InvitationEntity, MemberEntity } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

const PUBLIC_URL = 'http://buonepratiche.test';
const CLIENT_ID = 'buone-pratiche';
const CLIENT_SECRET = 'segreto-del-client-di-prova';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Cookies per host, as a browser keeps them (enough for these flows: no expiry, no paths). */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(url: URL, res: Response): void {
    const jar = this.cookies.get(url.host) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
      if (expired) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    this.cookies.set(url.host, jar);
  }
}

type Claims = { sub: string; fiscal_number?: string; email?: string; email_verified?: boolean; given_name?: string; family_name?: string };

describe('sign-in with SPID/CIE through OpenID Connect (a real oidc-provider)', () => {
  let t: TestApp;
  let providerPort: number;
  let provider: ChildProcess | undefined;
  let issuer: string;

  beforeAll(async () => {
    providerPort = await freePort();
    issuer = `http://127.0.0.1:${providerPort}`;
    // The API starts while the provider is still down.
    t = await startTestApp({ env: { PUBLIC_URL, OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET } });
  });
  afterAll(async () => {
    provider?.kill();
    await t.close();
  });

  async function startProvider(): Promise<void> {
    provider = spawn(process.execPath, [join(process.cwd(), 'test/ecosystem/oidc/provider.mjs')], {
      env: { ...process.env, PORT: String(providerPort), CLIENT_ID, CLIENT_SECRET, REDIRECT_URI: `${PUBLIC_URL}/auth/oidc/callback` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let errors = '';
      provider!.stderr!.on('data', (d) => (errors += d));
      provider!.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
      provider!.once('exit', (code) => reject(new Error(`provider exited ${code}: ${errors}`)));
    });
  }

  async function control(body: { account?: Claims; clockOffsetSeconds?: number }): Promise<void> {
    // Each test runs alone too (jest -t): the provider is started by the first that needs it.
    if (!provider) await startProvider();
    const res = await fetch(`${issuer}/__control`, { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  }

  /** The API's public address as the test server's (the provider redirects to PUBLIC_URL). */
  const local = (url: URL) => (url.origin === PUBLIC_URL ? new URL(url.pathname + url.search + url.hash, t.baseUrl) : url);

  /**
   * A browser following redirects from `start` until the API sends it to a page of the client
   * (`/accesso#…`, `/registrazione/completa#…`); `beforeCallback` may change the provider's answer first.
   */
  async function browse(start: string, jar = new CookieJar(), beforeCallback?: (url: URL) => URL): Promise<{ page: URL; callback: URL | null; jar: CookieJar }> {
    let url = new URL(start);
    let callback: URL | null = null;
    for (let hop = 0; hop < 20; hop++) {
      if (url.pathname === '/auth/oidc/callback') {
        if (beforeCallback) url = beforeCallback(url);
        callback = url;
      }
      const target = local(url);
      const res = await fetch(target, { redirect: 'manual', headers: { cookie: jar.header(target) } });
      jar.store(target, res);
      const location = res.headers.get('location');
      if (!location) throw new Error(`no redirect from ${url.href}: ${res.status} ${await res.text()}`);
      url = new URL(location, target);
      if (url.origin === PUBLIC_URL && url.pathname !== '/auth/oidc/callback') return { page: url, callback, jar };
    }
    throw new Error('too many redirects');
  }

  const signIn = (claims: Claims, path = '/auth/oidc/login') => control({ account: claims }).then(() => browse(`${t.baseUrl}${path}`));
  const fragment = (page: URL) => Object.fromEntries(new URLSearchParams(page.hash.slice(1)));
  const me = async (token: string) => (await t.gql({ token }, `{ me { id handle displayName email } }`)).data?.me;

  it('starts while the provider is down, says so at sign-in, and discovers it on a later sign-in', async () => {
    const status = await (await fetch(`${t.baseUrl}/auth/oidc`)).json();
    expect(status).toEqual({ enabled: true });
    const down = await fetch(`${t.baseUrl}/auth/oidc/login`, { redirect: 'manual' });
    expect(down.headers.get('location')).toBe(`${PUBLIC_URL}/accesso#errore=provider_non_disponibile`);

    await startProvider();
    const up = await fetch(`${t.baseUrl}/auth/oidc/login`, { redirect: 'manual' });
    const authorize = new URL(up.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(up.headers.getSetCookie()[0]).toMatch(/^hub_oidc_state=.+; Max-Age=600; Path=\/auth\/oidc; .*HttpOnly; SameSite=Lax/);
  });

  it('signs in the member whose codice fiscale is the fiscal_number claim', async () => {
    const member = await t.seed.member({ fiscalCode: 'RSSMRA80A01H501U' });
    const { page } = await signIn({ sub: 'spid-1', fiscal_number: 'TINIT-RSSMRA80A01H501U', given_name: 'Mario', family_name: 'Rossi' });
    expect(page.pathname).toBe('/accesso');
    const { token } = fragment(page);
    expect((await me(token)).id).toBe(member.id);
  });

  it('signs in by the verified e-mail and links the codice fiscale for the next time; an unverified e-mail matches nobody', async () => {
    const member = await t.seed.member({ email: 'anna.verdi@comune.example.it' });
    const unverified = await signIn({ sub: 'spid-2', email: 'anna.verdi@comune.example.it', email_verified: false, fiscal_number: 'TINIT-VRDNNA85M41F839X' });
    expect(fragment(unverified.page)).toEqual({ errore: 'identita_sconosciuta' });

    const { page } = await signIn({ sub: 'spid-2', email: 'anna.verdi@comune.example.it', email_verified: true, fiscal_number: 'TINIT-VRDNNA85M41F839X' });
    expect((await me(fragment(page).token)).id).toBe(member.id);
    expect((await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: member.id })).fiscalCode).toBe('VRDNNA85M41F839X');
    const byCode = await signIn({ sub: 'spid-2b', fiscal_number: 'VRDNNA85M41F839X' });
    expect((await me(fragment(byCode.page).token)).id).toBe(member.id);
  });

  it('refuses an unknown identity with an Italian reason, creating nobody', async () => {
    const before = await t.count(MemberEntity);
    const { page } = await signIn({ sub: 'spid-3', fiscal_number: 'TINIT-BNCLGU70C12A662Z', email: 'ignoto@example.it', email_verified: true });
    expect(page.pathname).toBe('/accesso');
    expect(fragment(page)).toEqual({ errore: 'identita_sconosciuta' });
    expect(await t.count(MemberEntity)).toBe(before);
  });

  it('refuses a suspended member', async () => {
    await t.seed.member({ fiscalCode: 'SSPMRC75B02D086K', status: MemberStatus.SUSPENDED });
    const { page } = await signIn({ sub: 'spid-4', fiscal_number: 'SSPMRC75B02D086K' });
    expect(fragment(page)).toEqual({ errore: 'account_sospeso' });
  });

  it('completes an invitation that carries the codice fiscale (createInvitation.fiscalCode): name from the claims, a proposed handle, then the completion page', async () => {
    const admin = await t.seed.admin();
    const invite = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }`;
    const bad = await t.gql(admin, invite, { input: { email: 'giulia.neri@comune.example.it', fiscalCode: 'NREGLI90' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const res = await t.gql(admin, invite, { input: { email: 'giulia.neri@comune.example.it', fiscalCode: ' nregli90d45f205q ' } });
    expect(res.errors).toBeUndefined();
    const invitation = await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: res.data.createInvitation.id });
    expect(invitation.fiscalCode).toBe('NREGLI90D45F205Q');
    const { page } = await signIn({ sub: 'spid-5', fiscal_number: 'TINIT-NREGLI90D45F205Q', given_name: 'Giulia', family_name: 'Neri' }, `/auth/oidc/login?codice=${invitation.code}`);
    expect(page.pathname).toBe('/registrazione/completa');
    const created = await me(fragment(page).token);
    expect(created).toMatchObject({ displayName: 'Giulia Neri', handle: 'giulia.neri', email: 'giulia.neri@comune.example.it' });
    const accepted = await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: invitation.id });
    expect(accepted.acceptedById).toBe(created.id);
    expect((await t.dataSource.getRepository(MemberEntity).findOneByOrFail({ id: created.id })).fiscalCode).toBe('NREGLI90D45F205Q');
  });

  it('refuses an invitation the identity does not match, and a used or unknown invitation code', async () => {
    const invitation = await t.seed.invitation({ email: 'paolo.bruni@comune.example.it', fiscalCode: 'BRNPLA66E10L219T' });
    const other = await signIn({ sub: 'spid-6', fiscal_number: 'TINIT-ZZZZZZ66E10L219T', email: 'altro@example.it', email_verified: true }, `/auth/oidc/login?codice=${invitation.code}`);
    expect(fragment(other.page)).toEqual({ errore: 'invito_non_corrispondente' });
    expect((await t.dataSource.getRepository(InvitationEntity).findOneByOrFail({ id: invitation.id })).acceptedAt).toBeNull();

    const unknown = await fetch(`${t.baseUrl}/auth/oidc/login?codice=non-esiste`, { redirect: 'manual' });
    expect(unknown.headers.get('location')).toBe(`${PUBLIC_URL}/accesso#errore=invito_non_valido`);
  });

  it('refuses an answer whose state is not the one this browser started with', async () => {
    const member = await t.seed.member({ fiscalCode: 'STTFBA82A01H501A' });
    const tampered = await control({ account: { sub: 'spid-7', fiscal_number: member.fiscalCode! } }).then(() =>
      browse(`${t.baseUrl}/auth/oidc/login`, new CookieJar(), (url) => {
        const changed = new URL(url);
        changed.searchParams.set('state', 'stato-inventato');
        return changed;
      }),
    );
    expect(fragment(tampered.page)).toEqual({ errore: 'stato_non_valido' });

    // The right answer, but in a browser that did not start the sign-in (no state cookie): login CSRF.
    let answer: URL | null = null;
    await control({ account: { sub: 'spid-7', fiscal_number: member.fiscalCode! } });
    await browse(`${t.baseUrl}/auth/oidc/login`, new CookieJar(), (url) => {
      answer = url;
      const elsewhere = new URL(url);
      elsewhere.searchParams.set('state', 'x');
      return elsewhere;
    });
    const res = await fetch(local(answer!), { redirect: 'manual' });
    expect(res.headers.get('location')).toBe(`${PUBLIC_URL}/accesso#errore=stato_non_valido`);
  });

  it('refuses a replayed authorization code, with its own state or with a new sign-in', async () => {
    const member = await t.seed.member({ fiscalCode: 'RPLLCU79A01H501B' });
    const first = await signIn({ sub: 'spid-8', fiscal_number: member.fiscalCode! });
    expect(fragment(first.page).token).toBeTruthy();
    const code = first.callback!.searchParams.get('code')!;
    const state = first.callback!.searchParams.get('state')!;

    // The same answer again, cookie included: its state was used once.
    const again = await fetch(local(first.callback!), { redirect: 'manual', headers: { cookie: `hub_oidc_state=${state}` } });
    expect(again.headers.get('location')).toBe(`${PUBLIC_URL}/accesso#errore=stato_non_valido`);

    // The old code inside a new sign-in: the provider refuses it (used, and another PKCE verifier).
    await control({ account: { sub: 'spid-8', fiscal_number: member.fiscalCode! } });
    const replay = await browse(`${t.baseUrl}/auth/oidc/login`, new CookieJar(), (url) => {
      const swapped = new URL(url);
      swapped.searchParams.set('code', code);
      return swapped;
    });
    expect(fragment(replay.page)).toEqual({ errore: 'verifica_fallita' });
  });

  it('refuses an expired ID token', async () => {
    const member = await t.seed.member({ fiscalCode: 'SCDLNE72A41H501C' });
    // The provider's clock two hours behind: the ID token it signs expired an hour ago.
    await control({ clockOffsetSeconds: -7200 });
    try {
      const { page } = await signIn({ sub: 'spid-9', fiscal_number: member.fiscalCode! });
      expect(fragment(page)).toEqual({ errore: 'verifica_fallita' });
    } finally {
      await control({ clockOffsetSeconds: 0 });
    }
    const { page } = await signIn({ sub: 'spid-9', fiscal_number: member.fiscalCode! });
    expect((await me(fragment(page).token)).id).toBe(member.id);
  });

  it('is off, with no route, when the OIDC_* variables are not set', async () => {
    const off = await startTestApp();
    try {
      expect(await (await fetch(`${off.baseUrl}/auth/oidc`)).json()).toEqual({ enabled: false });
      expect((await fetch(`${off.baseUrl}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
