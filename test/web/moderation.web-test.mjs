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
