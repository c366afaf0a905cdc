import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, member, openBrowser, reply, screenshot, signIn, thread } from './support.mjs';

test('a reply written in a second browser appears in the open thread and raises the bell count, without reloading', async () => {
  const carla = await member({ displayName: 'Carla Romano' });
  const bruno = await member({ displayName: 'Bruno Ferri' });
  const opened = await thread(carla, { title: 'Protocollo informatico: come gestite la conservazione?' });
  const reader = await openBrowser();
  const writer = await openBrowser();
  try {
    await signIn(reader.page, carla);
    await reader.page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    await reader.page.getByRole('heading', { level: 1, name: opened.title }).waitFor();
    assert.equal(await reader.page.getByTestId('post').count(), 1);
    assert.equal(await reader.page.getByTestId('bell-count').count(), 0);
    // Marks this document: a reload would lose it.
    await reader.page.evaluate(() => (window.__stillHere = true));

    await signIn(writer.page, bruno);
    await writer.page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const editor = writer.page.getByLabel('Il tuo messaggio');
    await editor.fill('Da noi la conservazione è affidata a un conservatore accreditato. ');
    // Mention autocomplete: "@Carla" lists Carla Romano, Enter inserts her handle.
    await editor.pressSequentially('@Carla');
    await writer.page.getByRole('option', { name: /Carla Romano/ }).waitFor();
    await editor.press('Enter');
    assert.match(await editor.inputValue(), new RegExp(`@${carla.handle} $`));
    await editor.pressSequentially('ne parliamo in riunione.');
    await writer.page.getByRole('button', { name: 'Anteprima' }).click();
    await writer.page.getByLabel('Anteprima').getByText('conservatore accreditato').waitFor();
    await screenshot(writer.page, 'discussione-risposta-anteprima');
    await writer.page.getByRole('button', { name: 'Pubblica la risposta' }).click();
    await writer.page.getByTestId('post').nth(1).waitFor();

    await reader.page.getByTestId('post').nth(1).getByText('conservatore accreditato').waitFor();
    await reader.page.getByTestId('bell-count').filter({ hasText: '1' }).waitFor();
    assert.equal(await reader.page.evaluate(() => window.__stillHere), true);
    assert.equal(await reader.page.getByTestId('post').count(), 2);
    await screenshot(reader.page, 'discussione');

    await reader.page.getByTestId('bell').click();
    await reader.page.getByTestId('notification').first().waitFor();
    assert.match(await reader.page.getByTestId('notification').first().innerText(), /Menzione/);
    await screenshot(reader.page, 'notifiche');
  } finally {
    await reader.close();
    await writer.close();
  }
});

/** The operationName of every GraphQL request the page sends from now on. */
function recordOperations(page) {
  const names = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    names.push(JSON.parse(request.postData() ?? '{}').operationName ?? '(anonymous)');
  });
  return {
    count: (name) => names.filter((n) => n === name).length,
    clear: () => names.splice(0),
    all: () => [...names],
  };
}

test('a new post in the open thread is fetched alone with the post query, and one’s own reply is shown from its answer, never reloading the thread', async () => {
  const marta = await member({ displayName: 'Marta Villa' });
  const ugo = await member({ displayName: 'Ugo Sala' });
  const opened = await thread(marta, { title: 'Pagamenti elettronici: chi usa già pagoPA per le mense?' });
  const reader = await openBrowser();
  try {
    const { page } = reader;
    await signIn(page, marta);
    await page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    await page.getByTestId('post').first().waitFor();
    await page.waitForLoadState('networkidle');
    const operations = recordOperations(page);

    // Someone else replies: the socket announces it and the page asks for that post only.
    await reply(ugo, opened.id, 'Noi usiamo pagoPA per le mense dal 2021, con avvisi inviati alle famiglie.');
    await page.getByTestId('post').nth(1).getByText('avvisi inviati alle famiglie').waitFor();
    await page.getByText('2 messaggi', { exact: false }).first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(operations.count('PostById'), 1, operations.all().join(', '));
    assert.equal(operations.count('ThreadPage'), 0, operations.all().join(', '));

    // One's own reply: the mutation's answer goes into the list, with no other request.
    operations.clear();
    await page.getByLabel('Il tuo messaggio').fill('Grazie Ugo, ci sentiamo per i dettagli del contratto.');
    await page.getByRole('button', { name: 'Pubblica la risposta' }).click();
    await page.getByTestId('post').nth(2).getByText('dettagli del contratto').waitFor();
    await page.getByText('3 messaggi', { exact: false }).first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(operations.all(), ['Reply']);
    assert.equal(await page.getByTestId('post').count(), 3);
  } finally {
    await reader.close();
  }
});
