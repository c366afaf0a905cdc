import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { admin, BASE_URL, gql, member, openBrowser, practice, reply, signIn, thread, unique } from './support.mjs';

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

test('the main screens have no WCAG 2.1 A/AA violations found by axe-core', async () => {
  const moderator = await member({ displayName: 'Sara Lombardi', role: 'MODERATOR' });
  const other = await member({ displayName: 'Tommaso Villa' });
  const p = await practice(other, { title: 'Albo pretorio online del Comune di Matera' });
  const t = await thread(other, { title: 'Albo pretorio: pubblicazione degli atti firmati digitalmente', practiceIds: [p.id] });
  const r = await reply(moderator, t.id, 'Noi pubblichiamo il **PDF firmato** e una copia conforme.');
  await gql(other.token, 'mutation($p: ID!) { flagPost(postId: $p, reason: "Da verificare") { id } }', { p: r.id });
  const { createAdministration } = await gql(await admin(), 'mutation($i: CreateAdministrationInput!) { createAdministration(input: $i) { id } }', {
    i: { name: `Comune di Crotone ${unique('c')}`, kind: 'MUNICIPALITY', region: 'CALABRIA' },
  });
  const { proposeTwinning } = await gql(moderator.token, 'mutation($i: ProposeTwinningInput!) { proposeTwinning(input: $i) { id } }', {
    i: { practiceId: p.id, receivingAdministrationIds: [createAdministration.id], objectives: 'Trasferire l’albo pretorio online.' },
  });

  const browser = await openBrowser({ bypassCSP: true });
  const found = {};
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/accesso`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    found['/accesso'] = await audit(page);
    await page.goto(`${BASE_URL}/registrazione`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    found['/registrazione'] = await audit(page);
    await signIn(page, moderator);
    const paths = ['/', '/discussioni', `/discussioni/${t.id}`, '/discussioni/nuova', '/pratiche', `/pratiche/${p.slug}`, '/gemellaggi', '/avvisi', '/incontri', '/fabbisogni', '/fabbisogni/nuovo', '/mappa', '/membri', `/membri/${other.id}`, `/ricerca?q=albo`, '/notifiche', '/moderazione', '/profilo'];
    for (const path of paths) {
      await page.goto(`${BASE_URL}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      found[path] = await audit(page);
    }
    // The confirmation asked before hiding a post: a modal dialog over the thread.
    await page.goto(`${BASE_URL}/discussioni/${t.id}`);
    await page.getByTestId('post').first().getByRole('button', { name: 'Nascondi messaggio' }).click();
    await page.getByRole('dialog', { name: 'Nascondere il messaggio?' }).waitFor();
    found['/discussioni/:id (conferma)'] = await audit(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Esci' }).click();
    await signIn(page, { email: process.env.WEB_ADMIN_EMAIL, password: process.env.WEB_ADMIN_PASSWORD });
    await page.goto(`${BASE_URL}/gemellaggi/${proposeTwinning.id}`);
    await page.getByRole('heading', { name: 'Storico degli stati' }).waitFor();
    found['/gemellaggi/:id'] = await audit(page);
    await page.goto(`${BASE_URL}/gestione`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    found['/gestione (inviti)'] = await audit(page);
    await page.getByRole('tab', { name: 'Amministrazioni' }).click();
    await page.locator('tbody tr').first().waitFor();
    found['/gestione (amministrazioni)'] = await audit(page);
    await page.getByRole('tab', { name: 'Ruoli e sospensioni' }).click();
    await page.locator('tbody tr').first().waitFor();
    found['/gestione (ruoli)'] = await audit(page);
    await page.goto(`${BASE_URL}/moderazione`);
    await page.getByRole('tab', { name: 'Registro' }).click();
    await page.getByRole('tabpanel').waitFor();
    found['/moderazione (registro)'] = await audit(page);
  } finally {
    await browser.close();
  }
  const failing = Object.fromEntries(Object.entries(found).filter(([, v]) => v.length > 0));
  assert.deepEqual(failing, {}, JSON.stringify(failing, null, 2));
});
