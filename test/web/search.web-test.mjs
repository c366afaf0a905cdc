import { test } from 'node:test';
import assert from 'node:assert/strict';
import { member, openBrowser, screenshot, signIn, thread, word } from './support.mjs';

test('a search from the header finds a thread with the word highlighted and opens it', async () => {
  const hana = await member({ displayName: 'Ilaria Fontana' });
  const term = word('interoperab');
  const found = await thread(hana, { title: `Porta di dominio e ${term} tra anagrafi`, body: `Esperienze di cooperazione applicativa ${term}.` });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, hana);
    await page.getByLabel('Cerca nel sito').fill(term);
    await page.getByLabel('Cerca nel sito').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Ricerca' }).waitFor();
    const result = page.getByTestId('search-result').filter({ hasText: 'Discussione' }).first();
    await result.waitFor();
    assert.ok((await result.locator('mark').count()) >= 1);
    await screenshot(page, 'ricerca');
    await result.getByRole('link', { name: found.title }).click();
    await page.getByRole('heading', { level: 1, name: found.title }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/discussioni/${found.id}`);
  } finally {
    await browser.close();
  }
});
