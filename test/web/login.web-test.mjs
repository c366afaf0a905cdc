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
