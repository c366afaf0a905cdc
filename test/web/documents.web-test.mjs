import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, gql, member, openBrowser, practice, screenshot, signIn } from './support.mjs';

/** A small text file: the server judges its type by the content (plain text). */
const kit = (text) => ({ name: 'Kit di riuso – Comune di Cefalù.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });

test('a contact adds a document to the practice, downloads it, replaces it and removes it; others only download', async () => {
  const contact = await member({ displayName: 'Rosa Ferraro' });
  const reader = await member();
  const suap = await practice(contact, { title: 'Sportello unico associato dei Monti Dauni' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, contact);
    await page.goto(`${BASE_URL}/pratiche/${suap.slug}`);
    await page.getByRole('heading', { level: 1, name: suap.title }).waitFor();
    await page.getByText('Nessun documento allegato.').waitFor();

    await page.getByRole('button', { name: 'Aggiungi un documento' }).click();
    await page.getByLabel('File', { exact: true }).setInputFiles(kit('Istruzioni per il riuso dello sportello unico.'));
    // The title is proposed from the file name.
    assert.equal(await page.getByLabel('Titolo').inputValue(), 'Kit di riuso – Comune di Cefalù');
    await page.getByLabel('Licenza (identificativo SPDX, facoltativo)').fill('cc-by-4.0');
    await page.getByRole('button', { name: 'Carica e aggiungi' }).click();
    const item = page.getByTestId('document').first();
    await item.waitFor();
    await page.getByText('Documento aggiunto').waitFor();
    assert.match(await item.innerText(), /Kit di riuso – Comune di Cefalù\.txt · 46 byte · versione 1 .* licenza CC-BY-4\.0/);
    await page.getByRole('heading', { name: 'Kit di riuso', level: 3 }).waitFor();
    // The changelog shows the addition without reloading the page.
    await page.getByTestId('changelog').getByText('Aggiunto il documento «Kit di riuso – Comune di Cefalù»').waitFor();
    await screenshot(page, 'pratica-documenti');

    const href = await item.getByRole('link').first().getAttribute('href');
    const download = await fetch(new URL(new URL(href).pathname, BASE_URL));
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition'), /^attachment;/);
    assert.equal(await download.text(), 'Istruzioni per il riuso dello sportello unico.');

    await item.getByRole('button', { name: 'Nuova versione' }).click();
    await page.getByLabel('File della nuova versione').setInputFiles(kit('Istruzioni aggiornate, con i moduli 2012.'));
    await page.getByLabel('Cosa cambia').fill('Moduli 2012');
    await page.getByRole('button', { name: 'Carica la nuova versione' }).click();
    await item.getByText(/versione 2 del/).waitFor();
    await item.getByText('Versioni precedenti (1)').click();
    await item.getByRole('link', { name: 'Versione 1' }).waitFor();
    await item.getByText('Ultima modifica: Moduli 2012').waitFor();
    await page.getByTestId('changelog').getByText(/Nuova versione \(2\) del documento «Kit di riuso – Comune di Cefalù»: Moduli 2012/).waitFor();

    // Another member downloads but manages nothing.
    const other = await openBrowser();
    try {
      await signIn(other.page, reader);
      await other.page.goto(`${BASE_URL}/pratiche/${suap.slug}`);
      await other.page.getByTestId('document').first().waitFor();
      assert.equal(await other.page.getByRole('button', { name: 'Aggiungi un documento' }).count(), 0);
      assert.equal(await other.page.getByRole('button', { name: 'Rimuovi' }).count(), 0);
    } finally {
      await other.close();
    }

    await item.getByRole('button', { name: 'Rimuovi' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rimuovi' }).click();
    await page.getByText('Nessun documento allegato.').waitFor();
    await page.getByTestId('changelog').getByText(/Rimosso il documento «Kit di riuso – Comune di Cefalù»/).waitFor();
    const { practice: after } = await gql(null, 'query($id: ID!) { practice(id: $id) { documents { id } } }', { id: suap.id });
    assert.deepEqual(after.documents, []);
  } finally {
    await browser.close();
  }
});
