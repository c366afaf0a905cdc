import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin, BASE_URL, gql, member, openBrowser, PASSWORD, screenshot, signIn, unique } from './support.mjs';

const ADMIN = () => ({ email: process.env.WEB_ADMIN_EMAIL, password: process.env.WEB_ADMIN_PASSWORD });

test('an admin invites from Gestione → Inviti, copies the link, and the invited person registers from it with the code filled in', async () => {
  const email = `${unique('invitata')}@comune.test`;
  const adminBrowser = await openBrowser();
  const guest = await openBrowser({ width: 390, height: 844 });
  try {
    const { page, context } = adminBrowser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await signIn(page, ADMIN());
    await page.goto(`${BASE_URL}/gestione`);
    await page.getByRole('tab', { name: 'Inviti' }).waitFor();
    await page.getByLabel('E-mail della persona da invitare').fill(email);
    await page.getByRole('button', { name: 'Crea invito' }).click();
    await page.getByTestId('invitation-created').filter({ hasText: `Invito creato per ${email}` }).waitFor();

    const row = page.getByTestId('invitation').filter({ hasText: email });
    assert.equal(await row.getByTestId('invitation-status').innerText(), 'In attesa');
    await row.getByRole('button', { name: `Copia link dell’invito per ${email}` }).click();
    await row.getByText('Link copiato').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const code = new URL(link).searchParams.get('codice');
    assert.equal(`${new URL(link).origin}${new URL(link).pathname}`, `${BASE_URL}/registrazione`);
    const { invitations } = await gql(await admin(), '{ invitations { email code } }');
    assert.equal(code, invitations.find((i) => i.email === email).code);
    await screenshot(page, 'gestione-inviti');

    // The invited person opens the link on a phone: the code is there, the rest is theirs to fill in.
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { level: 1, name: 'Registrazione con invito' }).waitFor();
    assert.equal(await guest.page.getByLabel('Codice di invito').inputValue(), code);
    await guest.page.getByText('Compilato dal link del tuo invito').waitFor();
    await guest.page.getByLabel('Indirizzo e-mail').fill(email);
    await guest.page.getByLabel('Password').fill(PASSWORD);
    await guest.page.getByLabel('Nome utente').fill(unique('inv'));
    await guest.page.getByLabel('Nome e cognome').fill('Lucia Greco');
    await guest.page.getByRole('button', { name: 'Completa la registrazione' }).click();
    await guest.page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }).waitFor();

    await page.reload();
    assert.equal(await page.getByTestId('invitation').filter({ hasText: email }).getByTestId('invitation-status').innerText(), 'Accettato');
  } finally {
    await adminBrowser.close();
    await guest.close();
  }
});

test('the Inviti screen resends and revokes (after confirmation), says when the address is already a member, and a revoked link is refused', async () => {
  const already = await member({ displayName: 'Franco Leone' });
  const email = `${unique('revoca')}@comune.test`;
  const { createInvitation } = await gql(await admin(), 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { code } }', { i: { email } });
  const browser = await openBrowser();
  const guest = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, ADMIN());
    await page.goto(`${BASE_URL}/gestione`);

    // An address that already belongs to a member: the server's Italian message, under the field too.
    await page.getByLabel('E-mail della persona da invitare').fill(already.email.toUpperCase());
    await page.getByRole('button', { name: 'Crea invito' }).click();
    await page.getByRole('alert').filter({ hasText: `${already.email} è già membro della comunità: non serve un invito` }).waitFor();
    await page.getByText('questo indirizzo è già di un membro della comunità').waitFor();

    // Inviting the same address again renews its invitation: still one row.
    await page.getByLabel('E-mail della persona da invitare').fill(email);
    await page.getByRole('button', { name: 'Crea invito' }).click();
    await page.getByTestId('invitation-created').filter({ hasText: 'è stato rinnovato' }).waitFor();
    assert.equal(await page.getByTestId('invitation').filter({ hasText: email }).count(), 1);

    const row = page.getByTestId('invitation').filter({ hasText: email });
    // Creating (and renewing) an invitation e-mails it: the last sending has a date.
    const sent = /^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}$/;
    assert.match(await row.getByRole('cell').nth(4).innerText(), sent);
    await row.getByRole('button', { name: `Reinvia l’invito per ${email}` }).click();
    await page.getByRole('status').filter({ hasText: `Invito per ${email} rinnovato` }).waitFor();
    assert.match(await row.getByRole('cell').nth(4).innerText(), sent);

    // Revoking asks first; cancelling changes nothing.
    await row.getByRole('button', { name: `Revoca l’invito per ${email}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revocare l’invito?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await row.getByTestId('invitation-status').innerText(), 'In attesa');
    await row.getByRole('button', { name: `Revoca l’invito per ${email}` }).click();
    await dialog.getByRole('button', { name: 'Revoca l’invito' }).click();
    await row.getByTestId('invitation-status').filter({ hasText: 'Revocato' }).waitFor();
    assert.equal(await row.getByRole('button', { name: /Reinvia|Revoca|Copia/ }).count(), 0);
    const { invitations } = await gql(await admin(), '{ invitations { email status revokedAt } }');
    assert.equal(invitations.find((i) => i.email === email).status, 'REVOKED');

    await guest.page.goto(`${BASE_URL}/registrazione?codice=${encodeURIComponent(createInvitation.code)}`);
    await guest.page.getByLabel('Indirizzo e-mail').fill(email);
    await guest.page.getByLabel('Password').fill(PASSWORD);
    await guest.page.getByLabel('Nome utente').fill(unique('rev'));
    await guest.page.getByLabel('Nome e cognome').fill('Paola Serra');
    await guest.page.getByRole('button', { name: 'Completa la registrazione' }).click();
    await guest.page.getByText('questo invito è stato revocato da un amministratore').first().waitFor();
    assert.equal(new URL(guest.page.url()).pathname, '/registrazione');
  } finally {
    await browser.close();
    await guest.close();
  }
});
