import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, member, openBrowser, screenshot, signIn } from './support.mjs';

test('a member signs in with e-mail and password and lands on the home page with their name in the header', async () => {
  const anna = await member({ displayName: 'Anna Esposito' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/accesso`);
    await screenshot(page, 'accesso');
    await page.getByLabel('Indirizzo e-mail').fill(anna.email);
    await page.getByLabel('Password').fill('password-sbagliata');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail o password non corretti' }).waitFor();

    await signIn(page, anna);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getByTestId('viewer-name').innerText(), 'Anna Esposito');
    await page.getByRole('heading', { level: 1, name: 'Benvenuto, Anna Esposito' }).waitFor();
    await screenshot(page, 'home');
  } finally {
    await browser.close();
  }
});

/** The newest e-mail to `to` that the server wrote under DATA_DIR/outbox (no SMTP_URL in these tests), parsed. */
async function lastEmailTo(to, subject) {
  const { readdir, readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { simpleParser } = await import('mailparser');
  const dir = join(process.env.WEB_DATA_DIR, 'outbox');
  for (let i = 0; i < 100; i++) {
    const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.eml')).sort().reverse();
    for (const file of files) {
      const mail = await simpleParser(await readFile(join(dir, file)));
      if (mail.to?.text.includes(to) && mail.subject === subject) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no e-mail «${subject}» to ${to}`);
}

test('a forgotten password: the e-mailed link sets a new one and signs in, and works only once', async () => {
  const who = await member({ displayName: 'Rosa Ferrara' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/accesso`);
    await page.getByRole('link', { name: /Password dimenticata/ }).click();
    // The screen's code is loaded on demand: fill its field once it has arrived, not a field about to be replaced.
    await page.getByRole('heading', { level: 1, name: 'Password dimenticata' }).waitFor();
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.getByLabel('Indirizzo e-mail').fill(who.email);
    await page.getByRole('button', { name: 'Invia il collegamento' }).click();
    await page.getByText('riceverai a breve un’e-mail').waitFor();

    const mail = await lastEmailTo(who.email, 'Reimpostazione della password');
    const link = mail.text.match(/https?:\/\/\S+\/reimposta-password\?token=\S+/)[0];
    const path = new URL(link).pathname + new URL(link).search;
    await page.goto(`${BASE_URL}${path}`);
    await page.getByLabel('Nuova password').fill('nuova-password-di-rosa');
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await page.getByTestId('viewer-name').waitFor();
    assert.match(await page.getByTestId('viewer-name').innerText(), /Rosa Ferrara/);
    await screenshot(page, 'password-reimpostata');

    const again = await openBrowser();
    try {
      await again.page.goto(`${BASE_URL}${path}`);
      await again.page.getByLabel('Nuova password').fill('ancora-unaltra-password');
      await again.page.getByRole('button', { name: 'Salva la nuova password' }).click();
      await again.page.getByRole('link', { name: 'Chiedi un nuovo collegamento' }).waitFor();
    } finally {
      await again.close();
    }
    const fresh = await openBrowser();
    try {
      await signIn(fresh.page, { email: who.email, password: 'nuova-password-di-rosa' });
    } finally {
      await fresh.close();
    }
  } finally {
    await browser.close();
  }
});
