import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { admin, administration, BASE_URL, gql, member, openBrowser, practice, screenshot, signIn, unique } from './support.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA rules over the rendered page; returns the violations found. */
async function audit(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(() => !document.body.innerText.includes('Caricamento in corso')).catch(() => undefined);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

/**
 * Ticks the checkbox or radio button labelled `name` as a person does. Bootstrap Italia draws the box on
 * the label over a transparent input, so the pointer lands on the label; `check` clicks it there and
 * fails unless the control behind it ends up checked.
 */
async function tick(page, name) {
  await page.locator('label').filter({ hasText: new RegExp(`^${name}$`) }).check();
  assert.ok(await page.getByLabel(name, { exact: true }).isChecked(), `${name} is checked`);
}

/** A member of a new administration of the Convergence region `region`. */
async function memberOf(region, displayName) {
  const who = await member({ displayName });
  const adm = await administration({ name: `Comune di Crotone ${unique('c')}`, region });
  await gql(await admin(), 'mutation($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id } }', { m: who.id, a: adm.id });
  return { ...who, administration: adm };
}

test('Fabbisogni: a member publishes a need, reads its ranked matches with their reasons and finds it in the filtered list', async () => {
  const contact = await member({ displayName: 'Rosa Ferraro' });
  const suap = await practice(contact, { title: `Sportello unico telematico per le attività produttive ${unique('s')}` });
  const needing = await memberOf('CALABRIA', 'Marco Greco');
  const browser = await openBrowser({ bypassCSP: true });
  try {
    const { page } = browser;
    await signIn(page, needing);
    await page.goto(`${BASE_URL}/fabbisogni`);
    await page.getByRole('heading', { level: 1, name: 'Fabbisogni' }).waitFor();
    await page.getByRole('link', { name: 'Pubblica un fabbisogno' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo fabbisogno' }).waitFor();
    assert.deepEqual(await audit(page), [], 'the publish form has no axe violations');
    await page.getByLabel('Titolo').fill('Uno sportello unico telematico per le imprese');
    await page.getByLabel('Descrizione: il problema, che cosa serve, i vincoli').fill('Le imprese consegnano a mano le pratiche: vorremmo uno **sportello unico** per le attività produttive online.');
    await tick(page, 'Servizi alle imprese');
    await page.getByRole('button', { name: 'Pubblica' }).click();

    await page.getByRole('heading', { level: 1, name: 'Uno sportello unico telematico per le imprese' }).waitFor();
    const match = page.getByTestId('need-match').first();
    await match.getByRole('link', { name: suap.title, exact: true }).waitFor();
    const reasons = await match.getByRole('list', { name: 'Perché è tra le prime' }).innerText();
    assert.match(reasons, /Stesso tema: Servizi alle imprese/);
    assert.match(reasons, /Parole in comune: /);
    await match.getByRole('link', { name: new RegExp(`^Apri una discussione su ${suap.title}`) }).waitFor();
    await match.getByRole('button', { name: 'Proponi un gemellaggio' }).waitFor();
    await screenshot(page, 'fabbisogno');
    assert.deepEqual(await audit(page), [], 'a need with its matches has no axe violations');

    await page.goto(`${BASE_URL}/fabbisogni?regione=CALABRIA&tema=BUSINESS_SERVICES&stato=OPEN`);
    await page.getByRole('link', { name: 'Uno sportello unico telematico per le imprese' }).waitFor();
    await page.goto(`${BASE_URL}/fabbisogni?regione=PUGLIA`);
    await page.getByText('Nessun fabbisogno con questi filtri.').waitFor();
    await page.goto(`${BASE_URL}/fabbisogni?regione=CALABRIA`);
    await page.getByRole('link', { name: 'Uno sportello unico telematico per le imprese' }).waitFor();
    assert.deepEqual(await audit(page), [], 'the list of needs has no axe violations');
  } finally {
    await browser.close();
  }
});

test('Mappa: the region x theme table counts the open need, switches figure, and the tile map has its table', async () => {
  const needing = await memberOf('SICILIA', 'Lucia Conte');
  await gql(needing.token, 'mutation($i: PublishNeedInput!) { publishNeed(input: $i) { id } }', {
    i: { administrationId: needing.administration.id, title: 'Dati aperti del comune', description: 'Vorremmo pubblicare i dati del comune in formato aperto.', themes: ['PUBLIC_INFORMATION_ASSETS'] },
  });
  const browser = await openBrowser({ bypassCSP: true });
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/mappa`);
    await page.getByRole('heading', { level: 1, name: 'Mappa della copertura' }).waitFor();
    const table = page.getByTestId('coverage-table');
    await table.waitFor();
    const cell = table.getByRole('link', { name: /^\d+: Fabbisogni aperti, Sicilia, Patrimonio informativo pubblico$/ });
    assert.ok(Number(await cell.innerText()) >= 1);
    await page.getByRole('img', { name: /Mappa delle regioni: Fabbisogni aperti/ }).waitFor();
    await page.getByTestId('coverage-region-table').getByRole('row', { name: /Sicilia/ }).waitFor();
    assert.deepEqual(await audit(page), [], 'the map has no axe violations');

    await tick(page, 'Pratiche offerte');
    await table.getByRole('link', { name: /^\d+: Pratiche offerte, Sicilia, Patrimonio informativo pubblico$/ }).waitFor();
    await page.getByLabel('Tema della mappa').selectOption('PUBLIC_INFORMATION_ASSETS');
    await page.getByRole('img', { name: /Pratiche offerte, tema Patrimonio informativo pubblico/ }).waitFor();
    await screenshot(page, 'mappa');
    assert.deepEqual(await audit(page), [], 'the map with another figure has no axe violations');
  } finally {
    await browser.close();
  }
});

test('adoptions on the practice page: a member records an adoption in use, a contact verifies it, the history shows the stages', async () => {
  const contact = await member({ displayName: 'Paola Rinaldi' });
  const p = await practice(contact, { title: `Pagamenti online dei tributi ${unique('t')}` });
  const adopter = await memberOf('PUGLIA', 'Giulia Fontana');
  const first = await openBrowser({ bypassCSP: true });
  try {
    const { page } = first;
    await signIn(page, adopter);
    await page.goto(`${BASE_URL}/pratiche/${p.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Adozioni' }).waitFor();
    await page.getByText('Nessuna amministrazione ha ancora registrato un’adozione.').waitFor();
    await page.getByLabel('Fase', { exact: true }).selectOption('PILOT');
    await page.getByLabel('Nota (facoltativa)').fill('Sperimentazione con due uffici');
    await page.getByRole('button', { name: 'Registra' }).click();
    const item = page.getByTestId('adoption').first();
    await item.getByText('In sperimentazione', { exact: true }).waitFor();
    await page.getByLabel('Fase', { exact: true }).selectOption('IN_USE');
    await page.getByRole('button', { name: 'Registra' }).click();
    await item.getByText('In uso', { exact: true }).waitFor();
    await item.getByText('non verificata').waitFor();
    assert.equal(await item.getByRole('button', { name: /^Verifica/ }).count(), 0, 'the adopting administration does not verify itself');
    assert.deepEqual(await audit(page), [], 'the practice page with its adoptions has no axe violations');
  } finally {
    await first.close();
  }
  const second = await openBrowser({ bypassCSP: true });
  try {
    const { page } = second;
    await signIn(page, contact);
    await page.goto(`${BASE_URL}/pratiche/${p.slug}`);
    const item = page.getByTestId('adoption').first();
    await item.getByRole('button', { name: /^Verifica/ }).click();
    await item.getByText('verificata da Paola Rinaldi').waitFor();
    await page.getByText('In uso, con verifica, in 1 amministrazione.').waitFor();
    await item.getByText(/^Storia/).click();
    const history = await item.getByRole('list').last().innerText();
    assert.match(history, /In sperimentazione \(Giulia Fontana\): Sperimentazione con due uffici/);
    assert.match(history, /da In sperimentazione a In uso \(Giulia Fontana\)/);
    await screenshot(page, 'pratica-adozioni');
    assert.deepEqual(await audit(page), [], 'the verified adoption has no axe violations');
  } finally {
    await second.close();
  }
});
