import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, member, openBrowser, reply, screenshot, signIn, thread } from './support.mjs';

test('a moderator hides a post from the thread page and a member no longer sees it', async () => {
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
    await post.getByRole('button', { name: 'Nascondi messaggio' }).click();
    await post.getByText('Nascosto ai membri').waitFor();
    await screenshot(mod.page, 'moderazione-discussione');

    await reader.page.reload();
    await reader.page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    await reader.page.getByTestId('post').first().waitFor();
    assert.equal(await reader.page.getByTestId('post').count(), 1);
    assert.equal(await reader.page.getByText('Offerta imperdibile').count(), 0);

    await mod.page.getByRole('link', { name: 'Moderazione' }).click();
    await mod.page.getByRole('tab', { name: 'Registro' }).click();
    await mod.page.getByRole('cell', { name: 'Messaggio nascosto' }).first().waitFor();
    await screenshot(mod.page, 'moderazione-registro');
  } finally {
    await mod.close();
    await reader.close();
  }
});
