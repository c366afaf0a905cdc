import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, gql, member, openBrowser, screenshot, signIn, thread } from './support.mjs';

test('saving an edit of a post changed meanwhile shows the conflict message, and reloading shows the current text', async () => {
  const olga = await member({ displayName: 'Olga Bianchi' });
  const opened = await thread(olga, { title: 'Wi-fi pubblico nei piccoli comuni', body: 'Prima versione del messaggio.' });
  const postId = opened.posts.nodes[0].id;
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, olga);
    await page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const post = page.getByTestId('post').first();
    await post.getByRole('button', { name: 'Modifica' }).click();
    await page.getByLabel('Modifica il messaggio').fill('La mia modifica dal browser.');

    // Meanwhile the same post is edited elsewhere (another tab, a moderator): its version moves on.
    await gql(olga.token, 'mutation($i: EditPostInput!) { editPost(input: $i) { version } }', {
      i: { postId, body: 'Versione modificata altrove.', version: 1 },
    });

    await post.getByRole('button', { name: 'Salva le modifiche' }).click();
    await post.getByRole('alert').filter({ hasText: 'è stato modificato da qualcun altro' }).waitFor();
    await screenshot(page, 'discussione-conflitto');
    await post.getByRole('button', { name: 'Ricarica la versione attuale' }).click();
    await post.getByText('Versione modificata altrove.').waitFor();
    assert.equal(await post.getByText('La mia modifica dal browser.').count(), 0);
  } finally {
    await browser.close();
  }
});
