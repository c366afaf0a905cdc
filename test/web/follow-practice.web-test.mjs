import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, gql, member, openBrowser, practice, screenshot, signIn } from './support.mjs';

test('a member follows a practice and sees the notification of its update arrive live', async () => {
  const fabio = await member({ displayName: 'Fabio Marino' });
  const contact = await member({ displayName: 'Giulia Rizzo' });
  const pec = await practice(contact, { title: 'PEC per cittadini e imprese della Provincia di Lucca' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, fabio);
    await page.goto(`${BASE_URL}/pratiche/${pec.slug}`);
    await page.getByRole('heading', { level: 1, name: pec.title }).waitFor();
    await page.getByLabel('Notifiche per questa buona pratica').selectOption({ label: 'Segui tutto' });
    await page.getByText('Stato: Segui tutto').waitFor({ state: 'attached' });
    const { myFollows } = await gql(fabio.token, '{ myFollows { targetType targetId level } }');
    assert.deepEqual(myFollows, [{ targetType: 'PRACTICE', targetId: pec.id, level: 'WATCHING' }]);

    await gql(contact.token, 'mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { id } }', {
      i: { id: pec.id, version: pec.version, changeSummary: 'Aggiunti i costi di gestione del 2011', costEuro: 48000 },
    });

    await page.getByTestId('bell-count').filter({ hasText: '1' }).waitFor();
    await page.getByTestId('bell').click();
    const first = page.getByTestId('notification').first();
    await first.waitFor();
    assert.match(await first.innerText(), /Buona pratica aggiornata/);
    await screenshot(page, 'notifiche-pratica');
    await first.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: pec.title }).waitFor();
    await page.getByTestId('changelog').getByText('Aggiunti i costi di gestione del 2011').waitFor();
    await page.getByTestId('bell-count').waitFor({ state: 'detached' });
  } finally {
    await browser.close();
  }
});
