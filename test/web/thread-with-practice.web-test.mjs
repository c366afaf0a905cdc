import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, gql, member, openBrowser, practice, screenshot, signIn, thread } from './support.mjs';

test('a member opens a new thread linked to a practice, and the practice lists the discussion', async () => {
  const dario = await member({ displayName: 'Dario Greco' });
  const contact = await member({ displayName: 'Elena Conti' });
  const suap = await practice(contact, { title: 'SUAP telematico del Comune di Prato' });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, dario);
    await page.getByRole('link', { name: 'Nuova discussione' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nuova discussione' }).waitFor();
    await page.getByLabel('Titolo').fill('Riuso del SUAP telematico in un comune calabrese');
    await page.getByLabel('Etichette (facoltative)').fill('suap, riuso');
    await page.getByLabel('Messaggio di apertura').fill('Vorremmo adottare il **SUAP telematico**: quali costi avete sostenuto?');
    await page.getByLabel('Buone pratiche da collegare (facoltative)').fill('SUAP telematico');
    await page.getByRole('button', { name: /SUAP telematico del Comune di Prato/ }).click();
    await page.getByRole('list', { name: 'Buone pratiche scelte' }).locator('.chip-label', { hasText: suap.title }).waitFor();
    await screenshot(page, 'nuova-discussione');
    await page.getByRole('button', { name: 'Pubblica la discussione' }).click();

    await page.getByRole('heading', { level: 1, name: 'Riuso del SUAP telematico in un comune calabrese' }).waitFor();
    assert.match(page.url(), /\/discussioni\/[0-9a-f-]{36}$/);
    const linked = page.getByRole('region', { name: 'Buone pratiche collegate' });
    await linked.getByRole('link', { name: suap.title }).waitFor();
    assert.equal(await page.locator('.hub-post-body strong').first().innerText(), 'SUAP telematico');

    await linked.getByRole('link', { name: suap.title }).click();
    await page.getByRole('heading', { level: 1, name: suap.title }).waitFor();
    await page.getByRole('region', { name: 'Discussioni collegate' }).getByRole('link', { name: 'Riuso del SUAP telematico in un comune calabrese' }).waitFor();
    await screenshot(page, 'buona-pratica');
  } finally {
    await browser.close();
  }
});

test('Scollega is offered to whoever linked the practice and to the thread’s author, as the server allows, and not to other members', async () => {
  const author = await member({ displayName: 'Rita Fontana' });
  const linker = await member({ displayName: 'Sergio Gatti' });
  const other = await member({ displayName: 'Teresa Neri' });
  const contact = await member({ displayName: 'Vito Pace' });
  const cup = await practice(contact, { title: 'Centro unico di prenotazione condiviso' });
  const opened = await thread(author, { title: 'Prenotazioni sanitarie: un CUP per più aziende?' });
  await gql(linker.token, 'mutation($i: LinkPracticeInput!) { linkPractice(input: $i) { id } }', { i: { threadId: opened.id, practiceId: cup.id } });

  /** What one person sees in the thread's linked practices: the link, and whether Scollega is offered. */
  const offered = async (who) => {
    const browser = await openBrowser();
    try {
      await signIn(browser.page, who);
      await browser.page.goto(`${BASE_URL}/discussioni/${opened.id}`);
      const linked = browser.page.getByRole('region', { name: 'Buone pratiche collegate' });
      await linked.getByRole('link', { name: cup.title }).waitFor();
      return (await linked.getByRole('button', { name: `Scollega ${cup.title}` }).count()) === 1;
    } finally {
      await browser.close();
    }
  };
  assert.equal(await offered(other), false);
  assert.equal(await offered(author), true);

  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, linker);
    await page.goto(`${BASE_URL}/discussioni/${opened.id}`);
    const linked = page.getByRole('region', { name: 'Buone pratiche collegate' });
    await linked.getByRole('button', { name: `Scollega ${cup.title}` }).click();
    await linked.getByText('Nessuna buona pratica collegata.').waitFor();
    const { thread: after } = await gql(linker.token, 'query($id: ID!) { thread(id: $id) { practices { practice { id } } } }', { id: opened.id });
    assert.deepEqual(after.practices, []);
  } finally {
    await browser.close();
  }
});
