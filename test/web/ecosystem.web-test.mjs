import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, member, openBrowser, practice } from './support.mjs';

test('the catalogue links to its open data and downloads the CSV of the list its filters select', async () => {
  const author = await member({ displayName: 'Carla Greco' });
  await practice(author, { title: 'Sportello unico digitale per le imprese' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/pratiche?regione=CALABRIA&ordine=titolo`);
    const links = page.getByTestId('open-data-links');
    assert.equal(await links.getByRole('link', { name: 'Dati aperti' }).getAttribute('href'), '/opendata/catalogo.jsonld');
    const csv = links.getByRole('link', { name: /Scarica l’elenco \(CSV\)/ });
    assert.equal(await csv.getAttribute('href'), '/opendata/pratiche.csv?regione=CALABRIA&ordine=titolo');
    const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    assert.equal(download.suggestedFilename(), 'pratiche.csv');
  } finally {
    await browser.close();
  }
});

test('the sign-in page tells in Italian why a sign-in with SPID / CIE was refused', async () => {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/accesso#errore=identita_sconosciuta`);
    const alert = page.getByTestId('oidc-error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Nessun membro della comunità corrisponde a questa identità SPID \/ CIE/);
    // The test server has no OIDC_* variables: no button.
    assert.equal(await page.getByTestId('spid-cie-button').count(), 0);
  } finally {
    await browser.close();
  }
});
