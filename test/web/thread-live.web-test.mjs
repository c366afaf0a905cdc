import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, member, openBrowser, screenshot, signIn, thread } from './support.mjs';

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
