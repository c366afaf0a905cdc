import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { admin, administration, BASE_URL, gql, member, openBrowser, practice, screenshot, signIn } from './support.mjs';

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

const inDays = (days) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

test('a call from the Avvisi screen to the ranking, the twinning workspace it proposes, and its meeting in Incontri, with no axe-core violations', async () => {
  const contact = await member({ displayName: 'Giulia Marchetti' });
  const suap = await practice(contact, { title: 'Sportello unico associato della Valle del Savio' });
  const token = await admin();
  const rende = await administration({ name: 'Comune di Rende', region: 'CALABRIA' });
  const foggia = await administration({ name: 'Comune di Foggia', region: 'PUGLIA' });
  const applicant = await member({ displayName: 'Pasquale Greco' });
  const other = await member({ displayName: 'Lucia De Santis' });
  await gql(token, 'mutation($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id } }', { m: applicant.id, a: rende.id });
  await gql(token, 'mutation($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id } }', { m: other.id, a: foggia.id });
  const { openTwinningCall: call } = await gql(
    contact.token,
    'mutation($i: OpenTwinningCallInput!) { openTwinningCall(input: $i) { id title criteria { id } } }',
    {
      i: {
        practiceId: suap.id,
        title: 'Avviso per il riuso dello sportello unico associato',
        description: 'Un posto per un comune delle regioni Convergenza.',
        criteria: [
          { label: 'Coerenza con i fabbisogni', weight: 2 },
          { label: 'Risorse dedicate', weight: 1 },
        ],
        deadline: inDays(20),
        seats: 1,
      },
    },
  );
  // Foggia applies first through the API; Rende through the screen.
  await gql(other.token, 'mutation($i: ApplyToCallInput!) { applyToCall(input: $i) { id } }', {
    i: { callId: call.id, administrationId: foggia.id, motivation: 'Vogliamo un SUAP telematico per le imprese del territorio.' },
  });

  const found = {};
  const browser = await openBrowser({ bypassCSP: true });
  try {
    const { page } = browser;
    // The applicant finds the open call in Avvisi and applies for its administration.
    await signIn(page, applicant);
    await page.goto(`${BASE_URL}/avvisi`);
    await page.getByRole('heading', { level: 1, name: 'Avvisi' }).waitFor();
    await page.getByRole('link', { name: call.title }).click();
    await page.getByRole('heading', { level: 1, name: call.title }).waitFor();
    found['/avvisi/:id (candidatura)'] = await audit(page);
    await page.getByLabel('Motivazione').fill('Il nostro SUAP è ancora cartaceo: vogliamo riusare una soluzione collaudata.');
    await page.getByRole('button', { name: 'Invia la candidatura' }).click();
    await page.getByText('La tua amministrazione ha presentato la candidatura.').waitFor();
    await page.getByRole('button', { name: 'Esci' }).click();

    // The contact scores both applications in the grid and awards the call: the ranking follows.
    await signIn(page, contact);
    await page.goto(`${BASE_URL}/avvisi`);
    found['/avvisi'] = await audit(page);
    await page.goto(`${BASE_URL}/avvisi/${call.id}`);
    await page.getByRole('heading', { name: 'Griglia di valutazione' }).waitFor();
    assert.equal(await page.getByTestId('application-row').count(), 2);
    found['/avvisi/:id (griglia)'] = await audit(page);
    const scores = { 'Comune di Rende': [9, 8], 'Comune di Foggia': [7, 6] };
    for (const [name, [first, second]] of Object.entries(scores)) {
      await page.getByLabel(`Punteggio di ${name} per Coerenza con i fabbisogni`).fill(String(first));
      await page.getByLabel(`Punteggio di ${name} per Risorse dedicate`).fill(String(second));
      await page.getByRole('button', { name: `Salva i punteggi di ${name}` }).click();
      await page.getByTestId('application-row').filter({ hasText: name }).getByTestId('application-total').filter({ hasNotText: '—' }).waitFor();
    }
    await screenshot(page, 'avviso-griglia');
    await page.getByRole('button', { name: 'Aggiudica l’avviso' }).click();
    await page.getByRole('heading', { name: 'Graduatoria' }).waitFor();
    const ranking = await page.getByTestId('ranking-row').allInnerTexts();
    assert.match(ranking[0], /1°\s+Comune di Rende\s+8,67\s+Selezionata/);
    assert.match(ranking[1], /2°\s+Comune di Foggia\s+6,67\s+Non selezionata/);
    found['/avvisi/:id (graduatoria)'] = await audit(page);
    await screenshot(page, 'avviso-graduatoria');

    // The twinning the award proposed is a workspace: participants, timeline, budget, discussion, meetings.
    await page.getByRole('link', { name: 'Vai al gemellaggio proposto con le amministrazioni selezionate' }).click();
    await page.getByRole('heading', { level: 1, name: `Gemellaggio: ${suap.title}` }).waitFor();
    const participants = await page.getByTestId('participants').innerText();
    assert.match(participants, /Offerente/);
    assert.match(participants, /Ricevente\s+Comune di Rende/);
    await page.getByRole('link', { name: `Gemellaggio: ${suap.title}` }).waitFor();
    await page.getByLabel('Nuova tappa').fill('Consegna del kit di riuso');
    await page.getByRole('button', { name: 'Aggiungi la tappa' }).click();
    // A controlled checkbox: it shows the server's answer, so a click rather than check(); Bootstrap Italia
    // draws the box on the label, which takes the click.
    await page.getByTestId('timeline').locator('label', { hasText: 'Tappa: Consegna del kit di riuso' }).click();
    await page.getByTestId('timeline').getByText(/completata il/).waitFor();
    assert.equal(await page.getByLabel('Tappa: Consegna del kit di riuso').isChecked(), true);
    await page.getByLabel('Voce', { exact: true }).fill('Formazione');
    await page.getByLabel('Previsto (euro)').fill('12000');
    await page.getByLabel('Speso (euro)').fill('3000');
    await page.getByRole('button', { name: 'Salva la voce' }).click();
    await page.getByTestId('budget-chart').getByText('Formazione').waitFor();
    assert.match(await page.getByTestId('budget-chart').innerText(), /Previsto 12\.000\s€, speso 3\.000\s€/);

    await page.getByRole('button', { name: 'Nuovo incontro del gemellaggio' }).click();
    await page.getByLabel('Titolo dell’incontro').fill('Visita di studio alla Valle del Savio');
    const start = new Date(Date.now() + 2 * 3600 * 1000);
    const end = new Date(start.getTime() + 3 * 3600 * 1000);
    const local = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    await page.getByLabel('Inizio').fill(local(start));
    await page.getByLabel('Fine').fill(local(end));
    await page.getByLabel('Luogo (facoltativo)').fill('Cesena');
    await page.getByRole('button', { name: 'Programma l’incontro' }).click();
    const meeting = page.getByTestId('event').filter({ hasText: 'Visita di studio alla Valle del Savio' });
    await meeting.waitFor();
    await meeting.getByRole('button', { name: 'Partecipo' }).click();
    await meeting.getByTestId('attendees').filter({ hasText: /^1 partecipante\b/ }).waitFor();
    assert.equal(await meeting.getByRole('button', { name: 'Partecipo' }).getAttribute('aria-pressed'), 'true');
    found['/gemellaggi/:id (spazio di lavoro)'] = await audit(page);
    await screenshot(page, 'gemellaggio-spazio-di-lavoro');

    // Incontri: the month view lists the meeting; subscription links to the public and the personal calendar.
    await page.goto(`${BASE_URL}/incontri`);
    await page.getByRole('heading', { level: 1, name: 'Incontri' }).waitFor();
    if (start.getMonth() !== new Date().getMonth()) await page.getByRole('button', { name: /Mese successivo/ }).click();
    await page.getByTestId('month').getByRole('link', { name: 'Visita di studio alla Valle del Savio' }).waitFor();
    assert.equal(await page.getByTestId('public-feed').getAttribute('href'), `${BASE_URL}/calendario.ics`);
    const personal = await page.getByTestId('personal-feed').getAttribute('href');
    assert.match(personal, /\/calendario\.ics\?membro=.+&chiave=.+/);
    const ics = await fetch(new URL(new URL(personal).pathname + new URL(personal).search, BASE_URL));
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type'), /^text\/calendar/);
    const listed = page.getByTestId('event').filter({ hasText: 'Visita di studio alla Valle del Savio' });
    await listed.getByRole('button', { name: 'Partecipo' }).click();
    await listed.getByTestId('attendees').filter({ hasText: /^0 partecipanti/ }).waitFor();
    found['/incontri'] = await audit(page);
    await screenshot(page, 'incontri');
  } finally {
    await browser.close();
  }
  const withViolations = Object.entries(found).filter(([, v]) => v.length);
  assert.deepEqual(withViolations, [], JSON.stringify(withViolations, null, 2));
});
