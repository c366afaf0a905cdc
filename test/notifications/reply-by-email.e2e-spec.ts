import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { TransactionRunner } from '@app/core';
import { PostEntity } from '@app/forum';
import { EmailOutboxEntity } from '@app/mail';
import { InboundSmtpServer, MAX_REPLY_BYTES, ReplyTokens } from '@app/notifications';
import { SeededMember, startTestApp, startTestSmtp, TestApp, TestSmtp } from '@app/testing';
import { CREATE_THREAD, REPLY } from '../forum/forum-operations.js';

const PUBLIC_URL = 'https://buonepratiche.example.it';
const REPLY_DOMAIN = 'risposte.buonepratiche.example.it';
const THREAD_POSTS = `query ($id: ID!) { thread(id: $id) { id postCount posts(first: 100) { nodes { id body author { id } replyTo { id } } } } }`;
const LOCK = `mutation ($id: ID!) { setThreadLocked(threadId: $id, locked: true) { id status } }`;
const HIDE = `mutation ($id: ID!) { setThreadHidden(threadId: $id, hidden: true) { id hidden } }`;
const SUSPEND = `mutation ($id: ID!) { setMemberStatus(memberId: $id, status: SUSPENDED) { id status } }`;

/** What the SMTP client reports when the listener refuses a recipient or a message. */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
}

describe('replies by e-mail, through the built-in SMTP listener', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let listener: Transporter;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    // RATE_LIMIT_DISCOURSE_POSTS: a new member may post once per 30 s, by GraphQL or by e-mail alike.
    t = await startTestApp({
      env: { SMTP_URL: smtp.url, INBOUND_SMTP_PORT: '0', MAIL_REPLY_DOMAIN: REPLY_DOMAIN, PUBLIC_URL, RATE_LIMIT_DISCOURSE_POSTS: '1', EMAIL_DELAY_SECONDS: '1' },
    });
    const port = t.app.get(InboundSmtpServer).port;
    listener = nodemailer.createTransport({ host: '127.0.0.1', port: port!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    listener?.close();
    await t?.close();
    await smtp?.close();
  });

  /**
   * The reply address that `member` would find in a notification e-mail about `postId`, issued
   * directly so that each case needs no notification first; the first test takes it from the
   * `Reply-To` of a real notification e-mail.
   */
  async function replyAddress(member: SeededMember, postId: string): Promise<string> {
    const tokens = t.app.get(ReplyTokens);
    return t.app.get(TransactionRunner).run(async (uow) => tokens.address(await tokens.issue(uow, member.id, postId)));
  }

  /** A thread opened through GraphQL by a new author: its id and its opening post's. */
  async function openThread(): Promise<{ threadId: string; postId: string }> {
    const author = await t.seed.member();
    const category = await t.seed.category();
    const res = await t.gql(author, CREATE_THREAD, {
      input: { categoryId: category.id, title: 'Fascicolo elettronico: come lo gestite?', body: 'Vorremmo sapere come conservate i fascicoli.' },
    });
    expect(res.errors).toBeUndefined();
    return { threadId: res.data.createThread.id, postId: res.data.createThread.posts.nodes[0].id };
  }

  async function threadPosts(viewer: SeededMember, threadId: string) {
    const res = await t.gql(viewer, THREAD_POSTS, { id: threadId });
    expect(res.errors).toBeUndefined();
    return res.data.thread.posts.nodes as Array<{ id: string; body: string; author: { id: string }; replyTo: { id: string } | null }>;
  }

  function send(from: string, to: string, text: string, extra: Mail.Options = {}) {
    return listener.sendMail({ from, to, subject: 'Re: Nuova risposta nella discussione', text, ...extra });
  }

  it('posts a reply sent to the Reply-To of a real notification e-mail', async () => {
    const member = await t.seed.member({ handle: 'gina_risponde', email: 'gina@comune.example.it' });
    const author = await t.seed.member();
    const category = await t.seed.category();
    const created = await t.gql(author, CREATE_THREAD, {
      input: { categoryId: category.id, title: 'Pagamenti spontanei con pagoPA', body: 'Come li avete configurati, @gina_risponde?' },
    });
    expect(created.errors).toBeUndefined();
    const [notification] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    const replyTo = notification.replyTo?.value[0]?.address ?? '';
    expect(replyTo).toMatch(new RegExp(`^reply\\+[A-Za-z0-9_-]{24}@${REPLY_DOMAIN.replace(/\./g, '\\.')}$`));
    expect(notification.text).toContain('Può rispondere direttamente a questa e-mail');

    await send(member.email, replyTo, `Con il nodo regionale.\n\n${notification.text!.split('\n').map((l) => `> ${l}`).join('\n')}`, {
      inReplyTo: notification.messageId,
    });
    const posts = await threadPosts(member, created.data.createThread.id);
    expect(posts.map((p) => [p.body, p.author.id, p.replyTo?.id])).toEqual([
      ['Come li avete configurati, @gina_risponde?', author.id, undefined],
      ['Con il nodo regionale.', member.id, created.data.createThread.posts.nodes[0].id],
    ]);
  });

  async function refusedAt(promise: Promise<unknown>): Promise<SmtpFailure> {
    const failure = await promise.then(
      () => null,
      (err: SmtpFailure) => err,
    );
    expect(failure).not.toBeNull();
    return failure!;
  }

  /** The listener's answer to EHLO, line by line, read over a plain socket. */
  async function ehloLines(): Promise<string[]> {
    const socket = connect(t.app.get(InboundSmtpServer).port!, '127.0.0.1');
    socket.setEncoding('utf8');
    let buffer = '';
    socket.on('data', (chunk: string) => void (buffer += chunk));
    const until = async (last: RegExp): Promise<string> => {
      for (let i = 0; i < 250 && !last.test(buffer); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const answer = buffer;
      buffer = '';
      return answer;
    };
    await until(/^220 .*\r\n/m);
    socket.write('EHLO prova.example.it\r\n');
    const answer = await until(/^250 .*\r\n/m);
    socket.end('QUIT\r\n');
    return answer.trim().split('\r\n');
  }

  const receivedCount = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM email_reply_received`))[0].n);

  it('posts a reply as the member in the thread, answering the notified post, with the quoted text removed', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    expect(to).toMatch(new RegExp(`^reply\\+[A-Za-z0-9_-]{24}@${REPLY_DOMAIN.replace(/\./g, '\\.')}$`));

    const text = [
      'A Lecce li conserviamo nel sistema di gestione documentale.',
      '',
      'Il giorno mar 2 dic 2025 alle ore 10:12 Buone pratiche <noreply@localhost> ha scritto:',
      '> Vorremmo sapere come conservate i fascicoli.',
    ].join('\n');
    const info = await send(member.email, to, text);
    expect(info.accepted).toEqual([to]);

    const posts = await threadPosts(member, threadId);
    expect(posts).toHaveLength(2);
    expect(posts[1]).toEqual({
      id: expect.any(String),
      body: 'A Lecce li conserviamo nel sistema di gestione documentale.',
      author: { id: member.id },
      replyTo: { id: postId },
    });
  });

  it('takes the text of an HTML-only reply and drops an Outlook "Messaggio originale" block', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const html = [
      '<p>Usiamo il <b>protocollo</b> informatico.</p><p><img src="cid:logo@comune.example.it" alt=""></p>',
      '<p>-----Messaggio originale-----<br>Da: Buone pratiche<br>Inviato: martedì 2 dicembre 2025 10:12<br>Oggetto: Nuova risposta</p>',
      '<p>Vorremmo sapere come conservate i fascicoli.</p>',
    ].join('');
    // The logo of the signature travels inside the HTML (multipart/related): not an attachment.
    const logo = { filename: 'logo.png', cid: 'logo@comune.example.it', content: Buffer.from('iVBORw0KGgo=', 'base64'), contentType: 'image/png' };
    await listener.sendMail({ from: member.email, to: await replyAddress(member, postId), subject: 'R: Nuova risposta', html, attachments: [logo] });

    const posts = await threadPosts(member, threadId);
    expect(posts.map((p) => p.body)).toEqual(['Vorremmo sapere come conservate i fascicoli.', 'Usiamo il protocollo informatico.']);
  });

  it('refuses an unknown token, a malformed address and another domain at RCPT, and writes nothing', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const valid = await replyAddress(member, postId);
    const token = valid.slice('reply+'.length, valid.indexOf('@'));
    const [received, outbox] = [await receivedCount(), await t.count(EmailOutboxEntity, { recipient: member.email })];

    for (const to of [`reply+${'A'.repeat(24)}@${REPLY_DOMAIN}`, `reply+corto@${REPLY_DOMAIN}`, `postmaster@${REPLY_DOMAIN}`, `reply+${token}@altro.example.it`]) {
      const failure = await refusedAt(send(member.email, to, 'Questo non deve arrivare.'));
      expect(failure).toMatchObject({ code: 'EENVELOPE', responseCode: 550 });
      expect(failure.response).toContain('Indirizzo di risposta sconosciuto');
    }

    expect(await threadPosts(member, threadId)).toHaveLength(1);
    expect(await receivedCount()).toBe(received);
    expect(await t.count(EmailOutboxEntity, { recipient: member.email })).toBe(outbox);
  });

  it('refuses a reply to a locked thread with an Italian e-mail to the member’s own address, and posts nothing', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    const moderator = await t.seed.moderator();
    expect((await t.gql(moderator, LOCK, { id: threadId })).data.setThreadLocked.status).toBe('LOCKED');

    // The envelope sender may be forged: the answer goes to the member's address, never to it.
    const info = await send(member.email, to, 'Una risposta che arriva tardi.', { envelope: { from: 'falso@altrove.example.org', to } });
    expect(info.accepted).toEqual([to]);

    const [refusal] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(refusal.subject).toBe('Risposta non pubblicata');
    expect(refusal.text).toContain('non è stata pubblicata: la discussione è chiusa e non accetta nuove risposte.');
    expect(refusal.text).toContain(`${PUBLIC_URL}/discussioni/${threadId}`);
    expect(refusal.text).toContain('Una risposta che arriva tardi.');
    expect(refusal.headers.get('auto-submitted')).toBe('auto-replied');
    expect(smtp.to('falso@altrove.example.org')).toHaveLength(0);
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });

  it('refuses a reply to a thread hidden by the moderators with an Italian e-mail, and posts nothing', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    const moderator = await t.seed.moderator();
    expect((await t.gql(moderator, HIDE, { id: threadId })).data.setThreadHidden.hidden).toBe(true);

    await send(member.email, to, 'Risposta a una discussione nascosta.');

    const [refusal] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(refusal.text).toContain('non è stata pubblicata: la discussione non è più disponibile.');
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });

  it('refuses a suspended member’s reply with an Italian e-mail saying the account is suspended', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    const admin = await t.seed.admin();
    expect((await t.gql(admin, SUSPEND, { id: member.id })).data.setMemberStatus.status).toBe('SUSPENDED');

    await send(member.email, to, 'Scrivo lo stesso.');

    const [refusal] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(refusal.text).toContain('il suo account è sospeso, quindi non può pubblicare messaggi');
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });

  it('refuses a reply sent from another address than the member’s (a forwarded notification), by e-mail to the member', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);

    await send('collega@altro-ente.example.it', to, 'Rispondo io al posto del collega.');

    const [refusal] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(refusal.text).toContain('è arrivata da un indirizzo diverso da quello del suo account');
    expect(refusal.text).not.toContain('collega@altro-ente.example.it');
    expect(smtp.to('collega@altro-ente.example.it')).toHaveLength(0);
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });

  it('counts a reply by e-mail against the same posting limits as replyToThread', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    const first = await t.gql(member, REPLY, { input: { threadId, body: 'Prima risposta, dal sito.' } });
    expect(first.errors).toBeUndefined();

    await send(member.email, to, 'Seconda risposta, subito dopo, per e-mail.');

    const [refusal] = await smtp.waitFor(1, (m) => smtp.to(member.email).includes(m));
    expect(refusal.text).toMatch(/ha inviato troppi messaggi in poco tempo\. Potrà rispondere di nuovo tra \d+ secondi/);
    expect((await threadPosts(member, threadId)).map((p) => p.body)).toEqual(['Vorremmo sapere come conservate i fascicoli.', 'Prima risposta, dal sito.']);
  });

  it('posts once a message delivered twice with the same Message-ID', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);
    const messageId = `<doppio.${Date.now()}@comune.example.it>`;

    await send(member.email, to, 'Consegnata due volte.', { messageId });
    await send(member.email, to, 'Consegnata due volte.', { messageId });

    const posts = await threadPosts(member, threadId);
    expect(posts.map((p) => p.body)).toEqual(['Vorremmo sapere come conservate i fascicoli.', 'Consegnata due volte.']);
    expect(smtp.to(member.email)).toHaveLength(0);
  });

  it('refuses a reply with an attachment, or with nothing but the quoted text, by e-mail to the member', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);

    await send(member.email, to, 'Vi mando il regolamento.', { attachments: [{ filename: 'regolamento.txt', content: 'Articolo 1' }] });
    await send(member.email, to, 'Il giorno mar 2 dic 2025 alle ore 10:12 Buone pratiche <noreply@localhost> ha scritto:\n> Vorremmo sapere come conservate i fascicoli.');

    const refusals = await smtp.waitFor(2, (m) => smtp.to(member.email).includes(m));
    expect(refusals.map((m) => m.text).join('\n')).toContain('il messaggio conteneva allegati');
    expect(refusals.map((m) => m.text).join('\n')).toContain('non abbiamo trovato testo scritto da lei');
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });

  it('ignores an automatic answer (out of office) and a bounce: no post and no e-mail back', async () => {
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);

    const info = await send(member.email, to, 'Sono fuori ufficio fino al 10 dicembre.', { headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(info.accepted).toEqual([to]);
    const bounce = await send('MAILER-DAEMON@comune.example.it', to, 'Delivery to the following recipient failed permanently.', { envelope: { from: '', to } });
    expect(bounce.accepted).toEqual([to]);

    expect(await t.count(PostEntity, { threadId })).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.to(member.email)).toHaveLength(0);
  });

  it(`advertises SIZE ${MAX_REPLY_BYTES} and refuses a larger message during the SMTP conversation`, async () => {
    expect(await ehloLines()).toContainEqual(expect.stringMatching(new RegExp(`^250[ -]SIZE ${MAX_REPLY_BYTES}$`)));
    const { threadId, postId } = await openThread();
    const member = await t.seed.member();
    const to = await replyAddress(member, postId);

    const failure = await refusedAt(send(member.email, to, 'x'.repeat(MAX_REPLY_BYTES + 1024)));
    expect(failure.responseCode).toBe(552);
    expect(await t.count(PostEntity, { threadId })).toBe(1);
  });
});
