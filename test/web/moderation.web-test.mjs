import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, gql, member, openBrowser, reply, screenshot, signIn, thread } from './support.mjs';

test('a moderator hides a post from the thread page, after confirming, and a member no longer sees it', async () => {
  const laura = await member({ displayName: 'Laura Gallo' });
  const spammer = await member({ displayName: 'Marco Costa' });
  const moderator = await member({ displayName: 'Nadia Moretti', role: 'MODERATOR' });
  const opened = await thread(laura, { title: 'Albo pretorio online: obblighi dal 2010' });
  await reply(spammer, opened.id, 'Offerta imperdibile di consulenza, scrivetemi in privato.');

  const mod = await openBrowser();
  const reader = await openBrowser();
  try {
    await signIn(reader.page, laura);
    await reader.page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    await reader.page.getByText('Offerta imperdibile').waitFor();

    await signIn(mod.page, moderator);
    await mod.page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const post = mod.page.getByTestId('post').filter({ hasText: 'Offerta imperdibile' });

    // Hiding asks first, in a modal dialog that takes the focus; Esc cancels and nothing changes.
    await post.getByRole('button', { name: 'Nascondi messaggio' }).click();
    const dialog = mod.page.getByRole('dialog', { name: 'Nascondere il messaggio?' });
    await dialog.waitFor();
    assert.equal(await mod.page.evaluate(() => document.activeElement?.closest('dialog') !== null), true);
    await mod.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await post.getByText('Nascosto ai membri').count(), 0);

    await post.getByRole('button', { name: 'Nascondi messaggio' }).click();
    await dialog.getByLabel(/^Motivo/).fill('Pubblicità non richiesta');
    await dialog.getByRole('button', { name: 'Nascondi il messaggio' }).click();
    await post.getByText('Nascosto ai membri').waitFor();
    await screenshot(mod.page, 'moderazione-discussione');

    await reader.page.reload();
    await reader.page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    await reader.page.getByTestId('post').first().waitFor();
    assert.equal(await reader.page.getByTestId('post').count(), 1);
    assert.equal(await reader.page.getByText('Offerta imperdibile').count(), 0);

    await mod.page.getByRole('link', { name: 'Moderazione' }).click();
    await mod.page.getByRole('tab', { name: 'Registro' }).click();
    await mod.page.getByRole('row').filter({ hasText: 'Messaggio nascosto' }).filter({ hasText: 'Pubblicità non richiesta' }).first().waitFor();
    await screenshot(mod.page, 'moderazione-registro');
  } finally {
    await mod.close();
    await reader.close();
  }
});

test('a moderator sees the open flags live beside Moderazione and finds each resolution in the log, filtered, with a link to the post', async () => {
  const author = await member({ displayName: 'Giulia Ferri' });
  const reporter = await member({ displayName: 'Piero Longo' });
  const moderator = await member({ displayName: 'Sara Conti', role: 'MODERATOR' });
  const opened = await thread(author, { title: 'Conservazione digitale dei registri di protocollo' });
  const offTopic = await reply(author, opened.id, 'Vendo stampante usata, ottimo stato.');
  const rude = await reply(author, opened.id, 'Chi la pensa diversamente non capisce nulla.');
  const openFlags = async () => (await gql(moderator.token, '{ moderationQueue(first: 1) { totalCount } }')).moderationQueue.totalCount;
  const flag = (postId, reason) => gql(reporter.token, 'mutation($p: ID!, $r: String!) { flagPost(postId: $p, reason: $r) { id } }', { p: postId, r: reason });

  const mod = await openBrowser();
  try {
    const { page } = mod;
    await signIn(page, moderator);
    const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
    const link = nav.getByRole('link', { name: 'Moderazione', exact: true });
    const badge = nav.getByTestId('open-flags');
    const before = await openFlags();
    const shows = async (count) => {
      if (count === 0) await badge.waitFor({ state: 'detached' });
      else await page.waitForFunction((n) => document.querySelector('[data-testid="open-flags"]')?.textContent === String(n), count);
      const description = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby'))?.textContent);
      assert.equal(description, count === 0 ? 'Nessuna segnalazione aperta' : count === 1 ? '1 segnalazione aperta' : `${count} segnalazioni aperte`);
    };
    await shows(before);

    // Two flags arrive while the moderator is on the home page: the badge follows without reloading.
    await flag(offTopic.id, 'Pubblicità fuori tema');
    await shows(before + 1);
    await flag(rude.id, 'Tono offensivo');
    await shows(before + 2);
    await screenshot(page, 'moderazione-badge', { fullPage: false });

    await link.click();
    const offTopicFlag = page.getByTestId('flag').filter({ hasText: 'Pubblicità fuori tema' });
    await offTopicFlag.getByLabel('Nota (facoltativa)').fill('Non è pubblicità: lo lasciamo');
    await offTopicFlag.getByRole('button', { name: 'Respingi la segnalazione' }).click();
    await shows(before + 1);
    const rudeFlag = page.getByTestId('flag').filter({ hasText: 'Tono offensivo' });
    await rudeFlag.getByLabel('Nota (facoltativa)').fill('Linguaggio non consono');
    await rudeFlag.getByRole('button', { name: 'Nascondi il messaggio' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nascondere il messaggio segnalato?' });
    await confirm.getByRole('button', { name: 'Nascondi il messaggio' }).click();
    await shows(before);
    assert.equal(await openFlags(), before);

    // The log tells the two resolutions apart and filters them.
    await page.getByRole('tab', { name: 'Registro' }).click();
    const entries = page.getByTestId('log-entry');
    await entries.filter({ hasText: 'Segnalazione respinta' }).first().waitFor();
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Segnalazione respinta' });
    await page.getByText('Non è pubblicità: lo lasciamo').waitFor();
    for (const text of await entries.allInnerTexts()) assert.match(text, /Segnalazione respinta/);

    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Segnalazione accolta' });
    const upheld = entries.filter({ hasText: 'Linguaggio non consono' });
    await upheld.waitFor();
    assert.equal(await entries.filter({ hasText: 'Segnalazione respinta' }).count(), 0);
    const postLink = upheld.getByRole('link', { name: `Messaggio in «${opened.title}»` });
    assert.equal(await postLink.getAttribute('href'), `/discussioni/${opened.id}#messaggio-${rude.id}`);

    // By moderator: chosen by name, then only their entries.
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Tutte le azioni' });
    await page.getByLabel('Moderatore', { exact: true }).fill('Sara Co');
    await page.getByRole('button', { name: 'Sara Conti (Moderatore)' }).click();
    await entries.filter({ hasText: 'Messaggio nascosto' }).waitFor();
    for (const text of await entries.allInnerTexts()) assert.match(text, /Sara Conti/);
    assert.equal(await entries.count(), 3);

    // By period: today holds them, a period ending yesterday does not, and an inverted one is refused.
    const day = (offset) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });
    await page.getByLabel('Dal', { exact: true }).fill(day(0));
    await page.getByLabel('Al', { exact: true }).fill(day(0));
    await entries.nth(2).waitFor();
    assert.equal(await entries.count(), 3);
    await screenshot(page, 'moderazione-registro-filtri');
    await page.getByLabel('Al', { exact: true }).fill(day(-1));
    await page.getByText('La data finale non può precedere quella iniziale.').waitFor();
    assert.equal(await page.getByLabel('Al', { exact: true }).getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Dal', { exact: true }).fill(day(-7));
    await page.getByText('Nessuna azione corrisponde ai filtri.').waitFor();

    // The post link opens the thread at the hidden post, which moderators still see.
    await page.getByRole('button', { name: 'Azzera i filtri' }).click();
    await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Segnalazione accolta' });
    await upheld.getByRole('link', { name: `Messaggio in «${opened.title}»` }).click();
    await page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    await page.locator(`#messaggio-${rude.id}`).getByText('Nascosto ai membri').waitFor();
    assert.match(page.url(), new RegExp(`/discussioni/${opened.id}#messaggio-${rude.id}$`));
  } finally {
    await mod.close();
  }
});

test('pinning, locking, moving and hiding a thread carry the reason written by the moderator into the log; hiding asks first', async () => {
  const author = await member({ displayName: 'Ivo Bassi' });
  const moderator = await member({ displayName: 'Teresa Conte', role: 'MODERATOR' });
  const opened = await thread(author, { title: 'Pagamenti spontanei: quale causale?' });
  const { categories } = await gql(moderator.token, '{ categories { id name } }');
  const destination = categories[categories.length - 1];
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, moderator);
    await page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const tools = page.getByRole('region', { name: 'Strumenti di moderazione' });
    const reason = tools.getByLabel('Motivo dell’intervento (facoltativo)');

    await reason.fill('Domanda frequente');
    await tools.getByRole('button', { name: 'Metti in evidenza' }).click();
    await tools.getByRole('status').filter({ hasText: 'Discussione messa in evidenza.' }).waitFor();
    assert.equal(await reason.inputValue(), '');

    await reason.fill('Risolta altrove');
    await tools.getByRole('button', { name: 'Chiudi discussione' }).click();
    await tools.getByRole('button', { name: 'Riapri discussione' }).waitFor();

    await reason.fill('Categoria più adatta');
    await tools.getByLabel('Sposta nella categoria').selectOption(destination.id);
    await tools.getByRole('button', { name: 'Sposta', exact: true }).click();
    await tools.getByRole('status').filter({ hasText: 'Discussione spostata.' }).waitFor();

    await reason.fill('Duplicato');
    await tools.getByRole('button', { name: 'Nascondi discussione' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nascondere la discussione?' });
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel(/^Motivo/).inputValue(), 'Duplicato');
    await dialog.getByRole('button', { name: 'Nascondi la discussione' }).click();
    await tools.getByRole('button', { name: 'Ripristina discussione' }).waitFor();

    const { moderationLog } = await gql(moderator.token, '{ moderationLog(first: 50) { nodes { action targetId reason } } }');
    const mine = moderationLog.nodes.filter((a) => a.targetId === opened.id).map((a) => [a.action, a.reason]);
    for (const expected of [
      ['PIN', 'Domanda frequente'],
      ['LOCK', 'Risolta altrove'],
      ['MOVE', 'Categoria più adatta'],
      ['HIDE_THREAD', 'Duplicato'],
    ]) {
      assert.ok(mine.some(([action, why]) => action === expected[0] && why === expected[1]), `${expected.join(': ')} not in ${JSON.stringify(mine)}`);
    }
  } finally {
    await browser.close();
  }
});
