import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DigestFrequency, DigestMailService, FollowTargetType } from '@app/notifications';
import { startTestApp, startTestSmtp, TestApp, TestSmtp } from '@app/testing';

const PUBLIC_URL = 'https://buonepratiche.example.it';
const UPDATE = `mutation ($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { digest } }`;

describe('digest e-mails, through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let digests: DigestMailService;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL } });
    digests = t.app.get(DigestMailService);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('books the digests at 07:00 Europe/Rome, daily and on Mondays', async () => {
    const rows = await t.dataSource.query(`SELECT "name", "cron", "timezone" FROM pgboss.schedule WHERE "name" LIKE 'digest-%' ORDER BY "name"`);
    expect(rows).toEqual([
      { name: 'digest-daily', cron: '0 7 * * *', timezone: 'Europe/Rome' },
      { name: 'digest-weekly', cron: '0 7 * * 1', timezone: 'Europe/Rome' },
    ]);
  });

  it('e-mails what is new in what the member follows, once per period, and nothing to members with nothing new', async () => {
    const category = await t.seed.category();
    const follower = await t.seed.member({ email: 'lettore.settimanale@comune.example.it' });
    const idle = await t.seed.member({ email: 'senza.novita@comune.example.it' });
    const daily = await t.seed.member({ email: 'lettore.giornaliero@comune.example.it' });
    const never = await t.seed.member({ email: 'nessun.riepilogo@comune.example.it' });
    for (const m of [follower, daily, never]) await t.seed.follow(m.id, FollowTargetType.CATEGORY, category.id);
    expect((await t.gql(daily, UPDATE, { input: { digest: 'DAILY' } })).data.updateNotificationSettings.digest).toBe('DAILY');
    expect((await t.gql(never, UPDATE, { input: { digest: 'NEVER' } })).data.updateNotificationSettings.digest).toBe('NEVER');
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id, categoryId: category.id, title: 'Sportello unico digitale: chi lo ha già attivato?' });

    const weekly = await digests.send(DigestFrequency.WEEKLY);
    expect(weekly.sent).toBeGreaterThanOrEqual(1);
    const [message] = await smtp.waitFor(1, (m) => smtp.to(follower.email).includes(m));
    expect(message.subject).toBe('Il riepilogo della settimana su Buone pratiche');
    expect(message.text).toContain('Nuove discussioni');
    expect(message.text).toContain(thread.title);
    expect(message.text).toContain(`${PUBLIC_URL}/discussioni/${thread.id}`);
    expect(message.html).toContain(`href="${PUBLIC_URL}/discussioni/${thread.id}"`);
    expect(message.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click');

    // A second run in the same period finds nothing new for anybody.
    expect(await digests.send(DigestFrequency.WEEKLY)).toEqual({ sent: 0, empty: expect.any(Number) });

    const dailyRun = await digests.send(DigestFrequency.DAILY);
    expect(dailyRun.sent).toBe(1);
    const [dailyMessage] = await smtp.waitFor(1, (m) => smtp.to(daily.email).includes(m));
    expect(dailyMessage.subject).toBe('Il riepilogo di oggi su Buone pratiche');

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.to(idle.email)).toHaveLength(0);
    expect(smtp.to(never.email)).toHaveLength(0);
    expect(smtp.to(follower.email)).toHaveLength(1);
  });

  it('turns the digest off through its one-click unsubscribe address', async () => {
    const category = await t.seed.category();
    const member = await t.seed.member({ email: 'basta.riepiloghi@comune.example.it' });
    await t.seed.follow(member.id, FollowTargetType.CATEGORY, category.id);
    const author = await t.seed.member();
    await t.seed.thread({ authorId: author.id, categoryId: category.id });
    await digests.send(DigestFrequency.WEEKLY);
    const [message] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    const line = message.headerLines.find((h) => h.key === 'list-unsubscribe')!.line;
    const address = line.slice(line.indexOf('<') + 1, line.lastIndexOf('>'));
    const res = await fetch(`${t.baseUrl}${new URL(address).pathname}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    const settings = await t.gql(member, `{ me { notificationSettings { emailImmediately digest } } }`);
    expect(settings.data.me.notificationSettings).toEqual({ emailImmediately: ['MENTION', 'REPLY', 'MODERATION', 'TWINNING_STATUS'], digest: 'NEVER' });
  });
});
