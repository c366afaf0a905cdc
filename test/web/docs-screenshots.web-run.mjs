// `npm run screenshots:web`: the main screens over the demo community, for the README.
import { test } from 'node:test';
import { BASE_URL, openBrowser, screenshot } from './support.mjs';

const ADMIN = { email: 'm.esposito@demo.buonepratiche.example', password: 'comunita-demo-2011' };
const shot = (page, name) => screenshot(page, name, { fullPage: false });

async function signIn(page, who) {
  await page.goto(`${BASE_URL}/accesso`);
  await page.getByLabel('Indirizzo e-mail').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.getByTestId('viewer-name').waitFor();
}

test('screenshots of the main screens over the demo community', async () => {
  const browser = await openBrowser({ width: 1280, height: 860 });
  const { page } = browser;
  const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
  const open = async (link, heading, name) => {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await shot(page, name);
  };
  try {
    await page.goto(`${BASE_URL}/accesso`);
    await shot(page, 'accesso');
    await signIn(page, ADMIN);
    await page.getByTestId('thread-row').first().waitFor();
    await shot(page, 'home');

    await open('Forum', 'Forum', 'forum');
    await page.getByRole('link', { name: 'Servizi alle imprese' }).first().click();
    await page.getByTestId('thread-row').first().waitFor();
    await shot(page, 'categoria');

    await page.getByTestId('thread-row').first().getByRole('link').first().click();
    await page.getByTestId('post').first().waitFor();
    await screenshot(page, 'discussione');
    await page.getByTestId('post').nth(1).scrollIntoViewIfNeeded();
    await shot(page, 'moderazione-discussione');
    const editor = page.getByLabel('Il tuo messaggio');
    await editor.fill('Grazie, molto utile. Abbiamo seguito lo stesso percorso con il **SUAP** associato. ');
    await editor.pressSequentially('@Dani');
    await page.getByRole('listbox', { name: 'Membri da menzionare' }).getByRole('option').first().waitFor();
    await page.locator('.hub-mentions').scrollIntoViewIfNeeded();
    await shot(page, 'discussione-menzione');
    await editor.press('Enter');
    await editor.pressSequentially('ne parliamo alla prossima riunione.');
    await page.getByRole('button', { name: 'Anteprima' }).click();
    await page.getByLabel('Anteprima').scrollIntoViewIfNeeded();
    await shot(page, 'discussione-risposta-anteprima');

    await open('Buone pratiche', 'Catalogo delle buone pratiche', 'catalogo');
    await page.getByTestId('practice-card').first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Storico degli aggiornamenti' }).waitFor();
    await shot(page, 'buona-pratica');

    await open('Gemellaggi', 'Gemellaggi', 'gemellaggi');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('heading', { name: 'Storico degli stati' }).waitFor();
    await shot(page, 'gemellaggio');

    await open('Membri', 'Membri della comunità', 'membri');
    await page.locator('.hub-card a').nth(1).click();
    await page.getByText('Membro dal').waitFor();
    await shot(page, 'membro');

    await nav.getByRole('link', { name: 'Ricerca', exact: true }).click();
    await page.getByLabel('Cerca in discussioni, messaggi, buone pratiche e membri').fill('protocollo informatico');
    await page.getByLabel('Cerca in discussioni, messaggi, buone pratiche e membri').press('Enter');
    await page.getByTestId('search-result').first().waitFor();
    await shot(page, 'ricerca');

    await open('Notifiche', 'Notifiche', 'notifiche');
    await open('Moderazione', 'Moderazione', 'moderazione-segnalazioni');
    await page.getByRole('tab', { name: 'Registro' }).click();
    await page.locator('tbody tr').first().waitFor();
    await shot(page, 'moderazione-registro');
    await open('Gestione', 'Gestione della comunità', 'gestione-inviti');
    await page.getByRole('tab', { name: 'Amministrazioni' }).click();
    await page.locator('tbody tr').first().waitFor();
    await shot(page, 'gestione-amministrazioni');
    await page.getByRole('tab', { name: 'Ruoli e sospensioni' }).click();
    await page.locator('tbody tr').first().waitFor();
    await shot(page, 'gestione-ruoli');

    await page.getByTestId('viewer-name').click();
    await page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }).waitFor();
    await shot(page, 'profilo');
    await nav.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('link', { name: 'Nuova discussione' }).first().click();
    await page.getByLabel('Titolo').fill('Conservazione sostitutiva: chi ha già fatto la gara?');
    await page.getByLabel('Etichette (facoltative)').fill('conservazione, gare');
    await page.getByLabel('Messaggio di apertura').fill('Stiamo preparando il capitolato per la **conservazione** dei documenti informatici.');
    await page.getByLabel('Buone pratiche da collegare (facoltative)').fill('conservazione');
    await page.locator('.hub-suggestions button').first().click().catch(() => undefined);
    await shot(page, 'nuova-discussione');
  } finally {
    await browser.close();
  }

  const phone = await openBrowser({ width: 390, height: 844 });
  try {
    const { page } = phone;
    await page.goto(`${BASE_URL}/registrazione`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, 'registrazione-telefono');
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Buone pratiche' }).click();
    await page.getByTestId('practice-card').first().waitFor();
    await shot(page, 'catalogo-telefono');
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId('thread-row').first().getByRole('link').first().click();
    await page.getByTestId('post').first().waitFor();
    await shot(page, 'discussione-telefono');
  } finally {
    await phone.close();
  }
});
