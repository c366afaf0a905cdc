import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { startTestApp, startTestSmtp, TestApp, TestSmtp, type SeededMember } from '@app/testing';
import { CREATE_THREAD, REPLY } from '../forum/forum-operations.js';

const PUBLIC_URL = 'https://buonepratiche.example.it';
const SETTINGS = `{ me { id notificationSettings { emailImmediately digest } } }`;
const MEMBER_SETTINGS = `query ($id: ID!) { member(id: $id) { id notificationSettings { digest } } }`;
const UPDATE = `mutation ($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { emailImmediately digest } }`;
const READ_ALL = `mutation { markNotificationsRead(ids: null) }`;

/** A header of a parsed message as it was sent (unfolded). */
function header(message: ParsedMail, name: string): string {
  const line = message.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? '';
  return line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

describe('notification e-mails, through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let author: SeededMember;
  const emailsTo = (m: SeededMember) => smtp.to(m.email);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL, EMAIL_DELAY_SECONDS: '1' } });
    author = await t.seed.member({ displayName: 'Anna Autrice', email: 'anna.autrice@comune.example.it' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function thread(body: string, title = `Discussione ${Math.random().toString(36).slice(2, 8)}`) {
    const category = await t.seed.category();
    const res = await t.gql(author, CREATE_THREAD, { input: { categoryId: category.id, title, body } });
    expect(res.errors).toBeUndefined();
    return res.data.createThread as { id: string; title: string; posts: { nodes: Array<{ id: string }> } };
  }

  /** Waits until the worker has decided about every notification of the member. */
  async function decided(member: SeededMember): Promise<number> {
    for (let i = 0; i < 200; i++) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS "total", count("emailCheckedAt")::int AS "checked" FROM notification WHERE "recipientId" = $1`,
        [member.id],
      );
      if (row.total > 0 && row.total === row.checked) return row.total;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('le notifiche non sono state valutate in tempo');
  }

  it('e-mails an unread mention after the delay, with the thread link, threading headers, a Reply-To and one-click unsubscribe', async () => {
    const mentioned = await t.seed.member({ handle: 'bruno_menzionato', email: 'bruno@comune.example.it' });
    const created = await thread('Chiedo un parere a @bruno_menzionato sul protocollo.');
    const [message] = await smtp.waitFor(1, (m) => emailsTo(mentioned).includes(m));

    expect(message.subject).toBe(`«${created.title}»`);
    expect(message.text).toContain('Anna Autrice');
    expect(message.text).toContain(`${PUBLIC_URL}/discussioni/${created.id}`);
    expect(message.text).toContain('Chiedo un parere a @bruno_menzionato sul protocollo.');
    expect(message.html).toContain(`href="${PUBLIC_URL}/discussioni/${created.id}"`);
    expect(message.html).toMatch(/<td class="header" style="[^"]*background-color: #0066cc/);
    expect(header(message, 'in-reply-to')).toBe(`<thread-${created.id}@buonepratiche.example.it>`);
    expect(header(message, 'references')).toContain(`<thread-${created.id}@buonepratiche.example.it>`);
    expect(header(message, 'reply-to')).toMatch(/reply\+[A-Za-z0-9_-]{24}@buonepratiche\.example\.it/);
    expect(header(message, 'list-unsubscribe')).toMatch(new RegExp(`^<${PUBLIC_URL}/email/disiscrizione/[^>]+>$`));
    expect(header(message, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // No address of another member: the author's address is nowhere in the message.
    expect(JSON.stringify([message.text, message.html, message.headerLines])).not.toContain(author.email);
  });

  it('does not e-mail a notification read before the delay', async () => {
    const reader = await t.seed.member({ handle: 'carla_lettrice', email: 'carla@comune.example.it' });
    await thread('Una domanda per @carla_lettrice.');
    expect((await t.gql(reader, READ_ALL)).data.markNotificationsRead).toBe(1);
    expect(await decided(reader)).toBe(1);
    expect(emailsTo(reader)).toHaveLength(0);
  });

  it('groups a member\'s pending notifications into one e-mail per thread', async () => {
    const busy = await t.seed.member({ handle: 'dario_occupato', email: 'dario@comune.example.it' });
    const first = await thread('Prima domanda per @dario_occupato.');
    const reply = await t.gql(author, REPLY, { input: { threadId: first.id, body: 'E anche questa, @dario_occupato.' } });
    expect(reply.errors).toBeUndefined();
    const second = await thread('Altra discussione per @dario_occupato.');
    expect(await decided(busy)).toBe(3);
    const messages = await smtp.waitFor(2, (m) => emailsTo(busy).includes(m));
    expect(messages).toHaveLength(2);
    const aboutFirst = messages.find((m) => m.subject === `«${first.title}»`)!;
    expect(aboutFirst.text).toContain('Prima domanda');
    expect(aboutFirst.text).toContain('E anche questa');
    expect(aboutFirst.text).toContain(`#messaggio-${reply.data.replyToThread.id}`);
    expect(messages.find((m) => m.subject === `«${second.title}»`)).toBeDefined();
  });

  it('reads and updates the member\'s own settings: defaults, types left out are not e-mailed, others see null', async () => {
    const quiet = await t.seed.member({ handle: 'elena_quieta', email: 'elena@comune.example.it' });
    const defaults = await t.gql(quiet, SETTINGS);
    expect(defaults.data.me.notificationSettings).toEqual({ emailImmediately: ['MENTION', 'REPLY', 'MODERATION', 'TWINNING_STATUS'], digest: 'WEEKLY' });
    expect((await t.gql(author, MEMBER_SETTINGS, { id: quiet.id })).data.member.notificationSettings).toBeNull();

    const bad = await t.gql(quiet, UPDATE, { input: { digest: 'HOURLY' } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const updated = await t.gql(quiet, UPDATE, { input: { emailImmediately: ['REPLY'], digest: 'DAILY' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateNotificationSettings).toEqual({ emailImmediately: ['REPLY'], digest: 'DAILY' });
    const partial = await t.gql(quiet, UPDATE, { input: { digest: 'NEVER' } });
    expect(partial.data.updateNotificationSettings).toEqual({ emailImmediately: ['REPLY'], digest: 'NEVER' });
    expect((await t.gql(null, UPDATE, { input: { digest: 'NEVER' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await thread('Menzione per @elena_quieta, che non vuole e-mail per le menzioni.');
    expect(await decided(quiet)).toBe(1);
    expect(emailsTo(quiet)).toHaveLength(0);
  });

  it('turns the e-mail off with the one-click POST to the List-Unsubscribe address, without signing in', async () => {
    const leaving = await t.seed.member({ handle: 'franco_uscente', email: 'franco@comune.example.it' });
    await thread('Un saluto a @franco_uscente.');
    const [message] = await smtp.waitFor(1, (m) => emailsTo(leaving).includes(m));
    const address = header(message, 'list-unsubscribe').slice(1, -1);
    const path = new URL(address).pathname;

    const page = await fetch(`${t.baseUrl}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect((await t.gql(leaving, SETTINGS)).data.me.notificationSettings.emailImmediately).toContain('MENTION');

    const forged = await fetch(`${t.baseUrl}${path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`, { method: 'POST' });
    expect(forged.status).toBe(404);

    const done = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('non riceverà più le e-mail immediate per le menzioni');
    const after = (await t.gql(leaving, SETTINGS)).data.me.notificationSettings;
    expect(after).toEqual({ emailImmediately: ['REPLY', 'MODERATION', 'TWINNING_STATUS'], digest: 'WEEKLY' });
  });
});

describe('notification e-mails with two instances on one database', () => {
  it('e-mails each notification once', async () => {
    const smtp = await startTestSmtp();
    const a = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL, EMAIL_DELAY_SECONDS: '1' } });
    const b = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL, EMAIL_DELAY_SECONDS: '1' }, database: a.database });
    try {
      const author = await a.seed.member();
      const category = await a.seed.category();
      const recipients = await Promise.all(Array.from({ length: 12 }, (_, i) => a.seed.member({ handle: `destinatario_${i}` })));
      for (let i = 0; i < 4; i++) {
        const res = await (i % 2 ? b : a).gql(author, CREATE_THREAD, {
          input: { categoryId: category.id, title: `Discussione condivisa ${i}`, body: recipients.map((r) => `@${r.handle}`).join(' ') },
        });
        expect(res.errors).toBeUndefined();
      }
      const all = await smtp.waitFor(48, (m) => m.subject?.startsWith('«Discussione condivisa') ?? false, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const received = smtp.messages.filter((m) => m.subject?.startsWith('«Discussione condivisa'));
      expect(received).toHaveLength(48);
      expect(all).toHaveLength(48);
      const pairs = new Set(received.map((m) => `${m.subject}|${m.to && !Array.isArray(m.to) ? m.to.text : ''}`));
      expect(pairs.size).toBe(48);
    } finally {
      await b.close();
      await a.close();
      await smtp.close();
    }
  });
});
