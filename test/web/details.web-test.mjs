import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, administration, BASE_URL, gql, member, openBrowser, practice, reply, screenshot, signIn, thread, unique } from './support.mjs';

test('a member page shows the bio’s Markdown as formatted text, and “Membro dal”', async () => {
  const giulia = await member({ displayName: 'Giulia Parisi' });
  await gql(giulia.token, 'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
    i: { bio: '**Responsabile** del _SUAP_ associato.\n\n- pagamenti\n- <b>procedimenti</b>' },
  });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/membri/${giulia.id}`);
    const bio = page.getByTestId('member-bio');
    await bio.waitFor();
    assert.equal(await bio.locator('strong').innerText(), 'Responsabile');
    assert.equal(await bio.locator('em').innerText(), 'SUAP');
    assert.equal(await bio.locator('li').count(), 2);
    const text = await bio.innerText();
    assert.ok(!text.includes('**') && !text.includes('_SUAP_'), text);
    assert.match(text, /<b>procedimenti<\/b>/, 'HTML written in the bio is shown as text');
    assert.equal(await bio.locator('b').count(), 0);
    await page.getByText('Membro dal').waitFor();
    assert.equal(await page.getByText('Iscritto dal').count(), 0);
  } finally {
    await browser.close();
  }
});

test('the Utile button is offered on other people’s posts, not on one’s own', async () => {
  const rosa = await member({ displayName: 'Rosa Vitale' });
  const enzo = await member({ displayName: 'Enzo Caruso' });
  const opened = await thread(rosa, { title: 'Firma digitale delle determine: esperienze' });
  await reply(enzo, opened.id, 'Noi firmiamo con dispositivi remoti.');
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, rosa);
    await page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const mine = page.getByTestId('post').filter({ hasText: 'Rosa Vitale' }).first();
    const theirs = page.getByTestId('post').filter({ hasText: 'Noi firmiamo' });
    await theirs.getByRole('button', { name: /^Utile/ }).waitFor();
    assert.equal(await mine.getByRole('button', { name: /^Utile/ }).count(), 0);
    assert.equal(await mine.getByTestId('useful-count').innerText(), '0 persone lo trovano utile');
    await theirs.getByRole('button', { name: /^Utile/ }).click();
    await theirs.getByRole('button', { name: 'Utile (1)', pressed: true }).waitFor();
  } finally {
    await browser.close();
  }
});

test('a reply and a new thread being written survive navigation and reload, and are cleared once published', async () => {
  const marta = await member({ displayName: 'Marta Longo' });
  const first = await thread(marta, { title: 'Conservazione a norma: a chi affidarla?' });
  const second = await thread(marta, { title: 'Protocollo: registrazione delle PEC in ingresso' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, marta);
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });

    await page.goto(`${BASE_URL}/discussioni/${first.id}`);
    await page.getByLabel('Il tuo messaggio').fill('Una risposta lasciata a metà sulla **conservazione**');
    await page.getByTestId('draft-note').waitFor();
    await nav.getByRole('link', { name: 'Buone pratiche' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalogo delle buone pratiche' }).waitFor();
    await page.goBack();
    assert.equal(await page.getByLabel('Il tuo messaggio').inputValue(), 'Una risposta lasciata a metà sulla **conservazione**');
    await page.reload();
    assert.equal(await page.getByLabel('Il tuo messaggio').inputValue(), 'Una risposta lasciata a metà sulla **conservazione**');

    // Each thread has its own draft.
    await page.goto(`${BASE_URL}/discussioni/${second.id}`);
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    assert.equal(await page.getByLabel('Il tuo messaggio').inputValue(), '');

    await page.goto(`${BASE_URL}/discussioni/${first.id}`);
    await page.getByRole('button', { name: 'Pubblica la risposta' }).click();
    await page.getByTestId('post').nth(1).getByText('Una risposta lasciata a metà').waitFor();
    assert.equal(await page.getByLabel('Il tuo messaggio').inputValue(), '');
    await page.reload();
    await page.getByTestId('post').nth(1).waitFor();
    assert.equal(await page.getByLabel('Il tuo messaggio').inputValue(), '');

    // The new-thread form.
    const title = `Archivio di deposito digitale ${unique('d')}`;
    await page.goto(`${BASE_URL}/discussioni/nuova`);
    await page.getByLabel('Titolo').fill(title);
    await page.getByLabel('Etichette (facoltative)').fill('archivio, conservazione');
    await page.getByLabel('Messaggio di apertura').fill('Come avete organizzato il passaggio dei fascicoli?');
    await nav.getByRole('link', { name: 'Forum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forum' }).waitFor();
    await page.getByRole('link', { name: 'Nuova discussione' }).click();
    assert.equal(await page.getByLabel('Titolo').inputValue(), title);
    await page.reload();
    assert.equal(await page.getByLabel('Titolo').inputValue(), title);
    assert.equal(await page.getByLabel('Etichette (facoltative)').inputValue(), 'archivio, conservazione');
    assert.equal(await page.getByLabel('Messaggio di apertura').inputValue(), 'Come avete organizzato il passaggio dei fascicoli?');
    await page.getByRole('button', { name: 'Pubblica la discussione' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goto(`${BASE_URL}/discussioni/nuova`);
    await page.getByLabel('Titolo').waitFor();
    assert.equal(await page.getByLabel('Titolo').inputValue(), '');
    assert.equal(await page.getByLabel('Messaggio di apertura').inputValue(), '');
  } finally {
    await browser.close();
  }
});

test('the pinned thread comes first in the forum and is on the home page of a newly registered member', async () => {
  const moderator = await member({ displayName: 'Carlo Ferrara', role: 'MODERATOR' });
  const welcome = await thread(moderator, { title: `Benvenuti: come partecipare ${unique('w')}` });
  await gql(moderator.token, 'mutation($id: ID!) { setThreadPinned(threadId: $id, pinned: true) { id } }', { id: welcome.id });
  // Newer activity elsewhere pushes the welcome thread down by last activity.
  for (let i = 0; i < 9; i += 1) await thread(moderator, { title: `Discussione recente ${i} ${unique('r')}` });
  const newcomer = await member({ displayName: 'Nina Rinaldi' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, newcomer);
    const rows = page.getByTestId('thread-row');
    await rows.filter({ hasText: welcome.title }).waitFor();
    await screenshot(page, 'home-nuovo-membro');

    await page.goto(`${BASE_URL}/discussioni`);
    await rows.first().waitFor();
    const titles = await rows.evaluateAll((els) => els.map((el) => ({ text: el.innerText, pinned: el.innerText.includes('In evidenza') })));
    const index = titles.findIndex((r) => r.text.includes(welcome.title));
    assert.ok(index >= 0, 'the pinned thread is on the first page');
    assert.ok(titles.slice(0, index + 1).every((r) => r.pinned), 'only pinned threads come before it');
    assert.ok(!titles[titles.length - 1].pinned);
  } finally {
    await browser.close();
  }
});

test('practice cards are set in Titillium Web and Lora, loaded from the application’s own assets', async () => {
  const contact = await member();
  await practice(contact, { title: 'Refezione scolastica con pagamento anticipato' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/pratiche`);
    const card = page.getByTestId('practice-card').first();
    await card.waitFor();
    await page.evaluate(() => document.fonts.ready);
    const fonts = await card.evaluate(async (el) => {
      await document.fonts.ready;
      const family = (sel) => getComputedStyle(el.querySelector(sel)).fontFamily.split(',')[0].replace(/["']/g, '').trim();
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''));
      const files = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2'));
      return { title: family('.card-title'), text: family('.card-text'), loaded, files };
    });
    assert.equal(fonts.title, 'Titillium Web');
    assert.equal(fonts.text, 'Lora');
    assert.ok(fonts.loaded.includes('Titillium Web') && fonts.loaded.includes('Lora'), JSON.stringify(fonts.loaded));
    for (const prefix of ['titillium-web', 'lora']) {
      assert.ok(
        fonts.files.some((f) => f.startsWith(`${BASE_URL}/assets/${prefix}`)),
        `${prefix} woff2 from /assets/: ${JSON.stringify(fonts.files)}`,
      );
    }
  } finally {
    await browser.close();
  }
});

test('the twinning form keeps long administration names inside its box and empties the picker after each choice', async () => {
  const proposer = await member({ displayName: 'Lorenzo Sala' });
  const p = await practice(await member(), { title: 'Sportello telematico polifunzionale' });
  const words = unique('Unione');
  const long = [
    await administration({ name: `Unione dei Comuni della Valle del Savuto e della Presila Cosentina ${words} Uno` }),
    await administration({ name: `Unione dei Comuni della Valle del Savuto e della Presila Cosentina ${words} Due` }),
  ];
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ]) {
    const browser = await openBrowser({ width, height });
    try {
      const { page } = browser;
      await signIn(page, proposer);
      await page.goto(`${BASE_URL}/pratiche/${p.slug}`);
      await page.getByRole('button', { name: 'Proponi gemellaggio' }).click();
      const form = page.getByRole('form', { name: 'Proponi un gemellaggio' });
      const picker = form.getByLabel('Amministrazioni riceventi (regioni Convergenza)');
      for (const adm of long) {
        await picker.fill(words);
        await form.getByRole('button', { name: new RegExp(adm.name) }).click();
        await form.getByTestId('receiving-chosen').locator('.chip-label', { hasText: adm.name }).waitFor();
        assert.equal(await picker.inputValue(), '', 'the picker is empty after a choice');
        assert.equal(await form.getByRole('list', { name: /^Risultati per/ }).count(), 0, 'no suggestions left open');
      }
      const overflow = await form.evaluate((box) => {
        const edge = box.getBoundingClientRect();
        return [...box.querySelectorAll('[data-testid="receiving-chosen"] .chip')].map((chip) => {
          const r = chip.getBoundingClientRect();
          return { left: r.left - edge.left, right: edge.right - r.right };
        });
      });
      assert.equal(overflow.length, 2);
      for (const side of overflow) assert.ok(side.left >= 0 && side.right >= 0, `a chip runs out of the form at ${width}px: ${JSON.stringify(side)}`);
      await screenshot(page, `proposta-gemellaggio-${width}`);
    } finally {
      await browser.close();
    }
  }
});

test('twinning statuses have distinct badge colours, and amounts use Italian separators', async () => {
  const token = await admin();
  const contact = await member({ displayName: 'Sergio Neri' });
  const p = await practice(contact, { title: 'Anagrafe canina regionale', costEuro: 7300 });
  const receiving = await administration();
  const propose = async (budgetEuro) =>
    (
      await gql(contact.token, 'mutation($i: ProposeTwinningInput!) { proposeTwinning(input: $i) { id } }', {
        i: { practiceId: p.id, receivingAdministrationIds: [receiving.id], objectives: 'Riuso della soluzione.', budgetEuro },
      })
    ).proposeTwinning.id;
  const move = async (id, ...statuses) => {
    for (const status of statuses) await gql(token, 'mutation($id: ID!, $s: TwinningStatus!) { setTwinningStatus(id: $id, status: $s) { id } }', { id, s: status });
  };
  const budgeted = await propose(7300);
  await move(await propose(), 'APPROVED');
  await move(await propose(), 'APPROVED', 'ACTIVE');
  await move(await propose(), 'APPROVED', 'ACTIVE', 'COMPLETED');
  await move(await propose(), 'CANCELLED');

  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(`${BASE_URL}/pratiche/${p.slug}`);
    await page.getByTestId('twinning-status').nth(4).waitFor();
    const colours = await page.getByTestId('twinning-status').evaluateAll((els) => els.map((el) => [el.innerText, getComputedStyle(el).backgroundColor]));
    const byStatus = new Map(colours);
    assert.deepEqual([...byStatus.keys()].sort(), ['Annullato', 'Approvato', 'Attivo', 'Concluso', 'Proposto']);
    assert.equal(new Set(byStatus.values()).size, 5, JSON.stringify(colours));
    await page.getByText(/^7\.300\s€$/).waitFor();

    await page.goto(`${BASE_URL}/gemellaggi/${budgeted}`);
    await page.getByRole('heading', { name: 'Storico degli stati' }).waitFor();
    await page.getByText(/^7\.300\s€$/).waitFor();
  } finally {
    await browser.close();
  }
});

test('an admin moves a member to another administration from Ruoli e sospensioni; the member sees it read-only in the profile', async () => {
  const luca = await member({ displayName: `Luca Amato ${unique('m')}` });
  const first = await administration({ name: `Comune di Partenza ${unique('a')}` });
  const next = await administration({ name: `Comune di Arrivo ${unique('a')}` });
  const token = await admin();
  await gql(token, 'mutation($m: ID!, $a: ID) { setMemberAdministration(memberId: $m, administrationId: $a) { id } }', { m: luca.id, a: first.id });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, { email: process.env.WEB_ADMIN_EMAIL, password: process.env.WEB_ADMIN_PASSWORD });
    await page.goto(`${BASE_URL}/gestione`);
    await page.getByRole('tab', { name: 'Ruoli e sospensioni' }).click();
    await page.getByLabel('Cerca un membro').fill(luca.displayName);
    const row = page.getByRole('row').filter({ hasText: luca.displayName });
    await row.getByText(first.name).waitFor();
    await row.getByRole('button', { name: `Cambia l’amministrazione di ${luca.displayName}` }).click();
    await row.getByRole('searchbox').fill(next.name.slice(0, 20));
    await row.getByRole('button', { name: new RegExp(next.name) }).click();
    await row.getByText(next.name).waitFor();
    const { member: saved } = await gql(token, 'query($id: ID!) { member(id: $id) { administration { id } } }', { id: luca.id });
    assert.equal(saved.administration.id, next.id);
  } finally {
    await browser.close();
  }
  const own = await openBrowser();
  try {
    const { page } = own;
    await signIn(page, luca);
    await page.goto(`${BASE_URL}/profilo`);
    const field = page.getByLabel('Amministrazione');
    assert.equal(await field.inputValue(), next.name);
    assert.equal(await field.getAttribute('readonly'), '');
    await page.getByText('Per cambiarla chiedi a un amministratore della comunità').waitFor();
  } finally {
    await own.close();
  }
});

test('the profile’s e-mail settings: the defaults are shown, a change is saved and read back', async () => {
  const paola = await member({ displayName: 'Paola Greco' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, paola);
    await page.goto(`${BASE_URL}/profilo`);
    await page.getByRole('heading', { name: 'Notifiche via e-mail' }).waitFor();
    assert.equal(await page.getByLabel('Menzione').isChecked(), true);
    assert.equal(await page.getByLabel('Nuovo messaggio').isChecked(), false);
    assert.equal(await page.getByLabel('Nuova segnalazione').count(), 0, 'flags are offered to moderators only');
    assert.equal(await page.getByLabel('Riepilogo di ciò che segui').inputValue(), 'WEEKLY');
    // Bootstrap Italia draws the box on the label, which takes the click.
    await page.locator('label[for="email-MENTION"]').click();
    await page.locator('label[for="email-NEW_POST"]').click();
    assert.equal(await page.getByLabel('Menzione').isChecked(), false);
    assert.equal(await page.getByLabel('Nuovo messaggio').isChecked(), true);
    await page.getByLabel('Riepilogo di ciò che segui').selectOption('DAILY');
    await page.getByRole('button', { name: 'Salva le preferenze' }).click();
    await page.getByText('Preferenze salvate.').waitFor();
    const { me } = await gql(paola.token, '{ me { notificationSettings { emailImmediately digest } } }');
    assert.deepEqual(me.notificationSettings, { emailImmediately: ['REPLY', 'MODERATION', 'TWINNING_STATUS', 'NEW_POST'], digest: 'DAILY' });
    await page.reload();
    assert.equal(await page.getByLabel('Menzione').isChecked(), false);
    assert.equal(await page.getByLabel('Riepilogo di ciò che segui').inputValue(), 'DAILY');
  } finally {
    await browser.close();
  }
});
