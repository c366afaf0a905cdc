import { test } from 'node:test';
import assert from 'node:assert/strict';
import { member, openBrowser, practice, screenshot, signIn } from './support.mjs';

test('a member opens a new thread linked to a practice, and the practice lists the discussion', async () => {
  const dario = await member({ displayName: 'Dario Greco' });
  const contact = await member({ displayName: 'Elena Conti' });
  const suap = await practice(contact, { title: 'SUAP telematico del Comune di Prato' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, dario);
    await page.getByRole('link', { name: 'Nuova discussione' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nuova discussione' }).waitFor();
    await page.getByLabel('Titolo').fill('Riuso del SUAP telematico in un comune calabrese');
    await page.getByLabel('Etichette (facoltative)').fill('suap, riuso');
    await page.getByLabel('Messaggio di apertura').fill('Vorremmo adottare il **SUAP telematico**: quali costi avete sostenuto?');
    await page.getByLabel('Buone pratiche da collegare (facoltative)').fill('SUAP telematico');
    await page.getByRole('button', { name: /SUAP telematico del Comune di Prato/ }).click();
    await page.getByRole('list', { name: 'Buone pratiche scelte' }).locator('.chip-label', { hasText: suap.title }).waitFor();
    await screenshot(page, 'nuova-discussione');
    await page.getByRole('button', { name: 'Pubblica la discussione' }).click();

    await page.getByRole('heading', { level: 1, name: 'Riuso del SUAP telematico in un comune calabrese' }).waitFor();
    assert.match(page.url(), /\/discussioni\/[0-9a-f-]{36}$/);
    const linked = page.getByRole('region', { name: 'Buone pratiche collegate' });
    await linked.getByRole('link', { name: suap.title }).waitFor();
    assert.equal(await page.locator('.hub-post-body strong').first().innerText(), 'SUAP telematico');

    await linked.getByRole('link', { name: suap.title }).click();
    await page.getByRole('heading', { level: 1, name: suap.title }).waitFor();
    await page.getByRole('region', { name: 'Discussioni collegate' }).getByRole('link', { name: 'Riuso del SUAP telematico in un comune calabrese' }).waitFor();
    await screenshot(page, 'buona-pratica');
  } finally {
    await browser.close();
  }
});
