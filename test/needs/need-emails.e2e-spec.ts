import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Region, Theme } from '@app/members';
import { startTestApp, startTestSmtp, TestApp, TestSmtp } from '@app/testing';
import { PUBLISH, RECORD } from './operations.js';

const PUBLIC_URL = 'https://buonepratiche.example.it';
const UPDATE = `mutation ($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { emailImmediately } }`;

describe('NEED_MATCHED and ADOPTION e-mails', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL, EMAIL_DELAY_SECONDS: '1', RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('e-mails a contact who asked for them the matched need, with its link, and the adoption, with the practice link', async () => {
    const offering = await t.seed.administration({ name: 'Comune di Bologna', region: Region.EMILIA_ROMAGNA });
    const needing = await t.seed.administration({ name: 'Comune di Taranto', region: Region.PUGLIA });
    const contact = await t.seed.member({ administrationId: offering.id, email: 'referente@comune.bologna.example.it' });
    const author = await t.seed.member({ administrationId: needing.id, displayName: 'Nicola Russo' });
    const practice = await t.seed.practice({
      title: 'Refezione scolastica online',
      summary: 'Prenotazione e pagamento online della refezione scolastica',
      themes: [Theme.CITIZEN_SERVICES],
      offeringAdministrationId: offering.id,
      contactIds: [contact.id],
      updatedAt: new Date(),
    });
    await t.gql(contact, UPDATE, { input: { emailImmediately: ['NEED_MATCHED', 'ADOPTION'] } });

    const res = await t.gql(author, PUBLISH, {
      input: {
        administrationId: needing.id,
        title: 'Refezione scolastica online',
        description: 'Le famiglie vorrebbero prenotare e pagare online la refezione scolastica.',
        themes: [Theme.CITIZEN_SERVICES],
      },
    });
    const needId = res.data.publishNeed.id;
    const [message] = await smtp.waitFor(1, (m) => smtp.to(contact.email).includes(m));
    expect(message.subject).toBe('Comune di Taranto cerca «Refezione scolastica online»: corrisponde alla tua buona pratica «Refezione scolastica online»');
    expect(message.html).toContain(`href="${PUBLIC_URL}/fabbisogni/${needId}"`);
    expect(message.text).toContain(`${PUBLIC_URL}/fabbisogni/${needId}`);

    await t.gql(author, RECORD, { input: { practiceId: practice.id, administrationId: needing.id, stage: 'EVALUATING' } });
    const [second] = await smtp.waitFor(2, (m) => smtp.to(contact.email).includes(m)).then((all) => all.slice(1));
    expect(second.subject).toBe("Comune di Taranto ha registrato l'adozione della buona pratica «Refezione scolastica online»: in valutazione");
    expect(second.html).toContain(`href="${PUBLIC_URL}/pratiche/${practice.slug}"`);
  });
});
