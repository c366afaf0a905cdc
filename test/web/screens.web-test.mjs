import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { admin, BASE_URL, gql, member, openBrowser, practice, reply, screenshot, signIn, thread, unique } from './support.mjs';

const root = new URL('../..', import.meta.url).pathname;

test('the initial JavaScript of the client stays under 250 KB gzipped', (t) => {
  const dist = join(root, 'apps/web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  assert.ok(files.length >= 1);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  t.diagnostic(`initial JavaScript: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB gzipped`);
  assert.ok(bytes < 250 * 1024, `${bytes} bytes`);
});

test('every screen is reachable from the navigation, in Italian, for an administrator and at phone width', async () => {
  const token = await admin();
  const adminUser = { email: process.env.WEB_ADMIN_EMAIL, password: process.env.WEB_ADMIN_PASSWORD };
  const contact = await member({ displayName: 'Paolo Ricci' });
  const reporter = await member({ displayName: 'Rita Santoro' });
  const suap = await practice(contact, { title: 'Pagamenti online delle mense scolastiche' });
  const { createAdministration } = await gql(token, 'mutation($i: CreateAdministrationInput!) { createAdministration(input: $i) { id } }', {
    i: { name: `Comune di Cosenza ${unique('c')}`, kind: 'MUNICIPALITY', region: 'CALABRIA', ipaCode: `c_d${Date.now() % 1000}` },
  });
  const { proposeTwinning } = await gql(reporter.token, 'mutation($i: ProposeTwinningInput!) { proposeTwinning(input: $i) { id } }', {
    i: { practiceId: suap.id, receivingAdministrationIds: [createAdministration.id], objectives: 'Trasferire il sistema di pagamento e formare il personale.', budgetEuro: 35000 },
  });
  await gql(token, 'mutation($id: ID!) { setTwinningStatus(id: $id, status: APPROVED, note: "Approvato dal dipartimento") { id } }', { id: proposeTwinning.id });
  const t = await thread(contact, { title: 'Pagamenti PagoPA per le mense: esperienze a confronto', practiceIds: [suap.id] });
  const bad = await reply(reporter, t.id, 'Messaggio fuori tema da verificare.');
  await gql(contact.token, 'mutation($p: ID!) { flagPost(postId: $p, reason: "Fuori tema") { id } }', { p: bad.id });

  const browser = await openBrowser();
  try {
    const { page } = browser;
    // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
    await page.goto(`${BASE_URL}/pratiche`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Vai al contenuto principale');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

    await signIn(page, adminUser);
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    const screens = [
      ['Forum', 'Forum', 'forum'],
      ['Buone pratiche', 'Catalogo delle buone pratiche', 'catalogo'],
      ['Gemellaggi', 'Gemellaggi', 'gemellaggi'],
      ['Fabbisogni', 'Fabbisogni', 'fabbisogni'],
      ['Mappa', 'Mappa della copertura', 'mappa-admin'],
      ['Avvisi', 'Avvisi', 'avvisi'],
      ['Incontri', 'Incontri', 'incontri'],
      ['Membri', 'Membri della comunità', 'membri'],
      ['Ricerca', 'Ricerca', 'ricerca-vuota'],
      ['Moderazione', 'Moderazione', 'moderazione-segnalazioni'],
      ['Gestione', 'Gestione della comunità', 'gestione-inviti'],
      ['Notifiche', 'Notifiche', 'notifiche-admin'],
      ['Home', /^Benvenuto/, 'home-admin'],
    ];
    for (const [link, heading, shot] of screens) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await screenshot(page, shot);
    }

    await page.goto(`${BASE_URL}/gemellaggi/${proposeTwinning.id}`);
    await page.getByText('Approvato dal dipartimento').waitFor();
    await screenshot(page, 'gemellaggio');

    await page.goto(`${BASE_URL}/categorie/${(await gql(token, '{ categories { slug } }')).categories[0].slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'categoria');

    await page.goto(`${BASE_URL}/membri/${contact.id}`);
    await page.getByRole('heading', { level: 1, name: 'Paolo Ricci' }).waitFor();
    await screenshot(page, 'membro');

    await page.goto(`${BASE_URL}/moderazione`);
    await page.getByTestId('flag').first().waitFor();
    await screenshot(page, 'moderazione-segnalazioni');

    await page.goto(`${BASE_URL}/gestione`);
    await page.getByRole('tab', { name: 'Amministrazioni' }).click();
    await page.getByRole('heading', { name: 'Nuova amministrazione' }).waitFor();
    await screenshot(page, 'gestione-amministrazioni');
    await page.getByRole('tab', { name: 'Ruoli e sospensioni' }).click();
    // Found by name: the other scenarios add members that may push them past the first page.
    await page.getByLabel('Cerca un membro').fill('Paolo Ricci');
    await page.getByLabel('Ruolo di Paolo Ricci').waitFor();
    await screenshot(page, 'gestione-ruoli');
    await page.getByLabel('Cerca un membro').fill('Rita Santoro');
    await page.getByRole('button', { name: 'Sospendi Rita Santoro' }).click();
    await page.getByLabel('Motivo della sospensione di Rita Santoro').fill('Messaggi fuori tema ripetuti');
    await page.getByRole('button', { name: 'Conferma' }).click();
    await page.getByRole('button', { name: 'Riattiva Rita Santoro' }).waitFor();
    const { member: suspended } = await gql(token, 'query($id: ID!) { member(id: $id) { status } }', { id: reporter.id });
    assert.equal(suspended.status, 'SUSPENDED');
    await page.getByRole('button', { name: 'Riattiva Rita Santoro' }).click();
    await page.getByRole('button', { name: 'Sospendi Rita Santoro' }).waitFor();

    await page.getByTestId('viewer-name').click();
    await page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }).waitFor();
    await screenshot(page, 'profilo');
  } finally {
    await browser.close();
  }

  const phone = await openBrowser({ width: 375, height: 740 });
  try {
    const { page } = phone;
    await page.goto(`${BASE_URL}/registrazione`);
    await page.getByRole('heading', { level: 1, name: 'Registrazione con invito' }).waitFor();
    await screenshot(page, 'registrazione-telefono');
    await signIn(page, contact);
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    await page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', { name: 'Buone pratiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalogo delle buone pratiche' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at phone width`);
    await screenshot(page, 'catalogo-telefono');
    await page.goto(`${BASE_URL}/discussioni/${t.id}`);
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await screenshot(page, 'discussione-telefono');
  } finally {
    await phone.close();
  }
});
