// Shared helpers of the browser tests: GraphQL seeding against the running server, and Chromium users.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.WEB_BASE_URL ?? 'http://127.0.0.1:3000';
const ARTIFACTS = process.env.WEB_ARTIFACTS ?? 'test-artifacts/web';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PASSWORD = 'Password-web-test-1';

let counter = 0;
/** A short suffix unique to this run, for e-mails, handles and searchable words. */
export function unique(prefix = 'x') {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

export async function gql(token, query, variables = {}) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let adminToken;
export async function admin() {
  adminToken ??= (
    await gql(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: process.env.WEB_ADMIN_EMAIL,
      p: process.env.WEB_ADMIN_PASSWORD,
    })
  ).login.token;
  return adminToken;
}

/** An invited, registered member ({ id, token, email, handle, displayName }); role set by the admin. */
export async function member({ displayName, role = 'MEMBER' } = {}) {
  const handle = unique('m');
  const email = `${handle}@comune.test`;
  const token = await admin();
  const { createInvitation } = await gql(token, 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { code } }', {
    i: { email, role },
  });
  const { register } = await gql(
    null,
    'mutation($i: RegisterInput!) { register(input: $i) { token member { id role } } }',
    { i: { invitationCode: createInvitation.code, email, password: PASSWORD, handle, displayName: displayName ?? `Funzionario ${handle}`, position: 'OFFICIAL' } },
  );
  if (register.member.role !== role) {
    await gql(token, 'mutation($id: ID!, $r: Role!) { setMemberRole(memberId: $id, role: $r) { id } }', { id: register.member.id, r: role });
  }
  return { id: register.member.id, token: register.token, email, handle, displayName: displayName ?? `Funzionario ${handle}` };
}

/** A new administration of the region (Convergence ones can receive twinnings). */
export async function administration({ name, region = 'CALABRIA' } = {}) {
  const { createAdministration } = await gql(await admin(), 'mutation($i: CreateAdministrationInput!) { createAdministration(input: $i) { id name } }', {
    i: { name: name ?? `Comune di Prova ${unique('a')}`, kind: 'MUNICIPALITY', region },
  });
  return createAdministration;
}

export async function category() {
  const { categories } = await gql(await admin(), '{ categories { id slug name } }');
  return categories[0];
}

export async function thread(author, { title, body = 'Come avete organizzato il servizio? Cerchiamo esperienze simili.', practiceIds } = {}) {
  const cat = await category();
  const { createThread } = await gql(author.token, 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id title posts { nodes { id } } } }', {
    i: { categoryId: cat.id, title: title ?? `Discussione ${unique('t')}`, body, practiceIds },
  });
  return createThread;
}

export async function reply(author, threadId, body) {
  const { replyToThread } = await gql(author.token, 'mutation($i: ReplyInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body } });
  return replyToThread;
}

/** A published practice offered by a new administration, the creator's own; the creator becomes its contact. */
export async function practice(creator, { title, costEuro } = {}) {
  const token = await admin();
  const { createAdministration } = await gql(token, 'mutation($i: CreateAdministrationInput!) { createAdministration(input: $i) { id } }', {
    i: { name: `Comune di Prova ${unique('a')}`, kind: 'MUNICIPALITY', region: 'TOSCANA' },
  });
  // Members offer practices only in their own administration's name, which an admin may change.
  await gql(token, 'mutation($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id } }', { m: creator.id, a: createAdministration.id });
  const { createPractice } = await gql(
    creator.token,
    'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id slug title version } }',
    {
      i: {
        title: title ?? `Sportello unico digitale ${unique('p')}`,
        summary: 'Pratiche edilizie e commerciali presentate e seguite online dalle imprese.',
        description: 'Il comune ha digitalizzato lo **sportello unico** per le attività produttive.',
        themes: ['BUSINESS_SERVICES'],
        offeringAdministrationId: createAdministration.id,
        year: 2010,
        costEuro,
      },
    },
  );
  return createPractice;
}

let browsers = 0;

/** A person at a browser: a Chromium with its own fresh user data directory. */
export async function openBrowser({ width = 1280, height = 900, bypassCSP = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-web-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    viewport: { width, height },
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    bypassCSP,
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  browsers += 1;
  const label = `ultimo-stato-${browsers}`;
  return {
    context,
    page,
    async close() {
      // The last state of every page is kept: what a failing scenario was looking at.
      await page.screenshot({ path: join(process.env.WEB_FINAL_DIR ?? join(ARTIFACTS, 'final'), `${label}.png`) }).catch(() => undefined);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Letters only, so that full-text search sees one distinctive word. */
export function word(prefix) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let w = prefix;
  for (let i = 0; i < 6; i += 1) w += letters[Math.floor(Math.random() * letters.length)];
  return w;
}

/** Signs in through the login screen. */
export async function signIn(page, who) {
  await page.goto(`${BASE_URL}/accesso`);
  await page.getByLabel('Indirizzo e-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByTestId('viewer-name').waitFor();
}

/** Waits for the page to settle (no request in flight, no spinner), then saves a full-page PNG. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.body.innerText.includes('Caricamento in corso')).catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
