import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { TransactionRunner } from '@app/core';
import { CLAIM_SECONDS, EmailOutboxEntity, EmailStatus, MailWorker, Outbox } from '@app/mail';
import { createTestDatabase, freePort, linkIn, recipients, startTestApp, startTestSmtp, TestApp, TestSmtp } from '@app/testing';

const CREATE = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { id code } }`;

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condizione non raggiunta: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Queues one e-mail per address through the Outbox, in one transaction; returns their outbox ids. */
async function queue(t: TestApp, addresses: string[]): Promise<string[]> {
  const outbox = t.app.get(Outbox);
  return t.app.get(TransactionRunner).run(async (uow) => {
    const ids: string[] = [];
    for (const to of addresses) ids.push((await outbox.add(uow, { to, subject: 'Nuova risposta', text: `Una nuova risposta per ${to}`, headers: { 'Reply-To': `risposta@comune.example.it` } }))!);
    return ids;
  });
}

describe('the e-mail outbox and its worker', () => {
  const cleanup: Array<() => Promise<unknown> | unknown> = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('delays an e-mail while the mail server is down and delivers it exactly once when it comes up', async () => {
    const port = await freePort();
    const t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    cleanup.push(() => t.close());
    const admin = await t.seed.admin();
    const res = await t.gql(admin, CREATE, { input: { email: 'attesa@comune.example.it' } });
    expect(res.errors).toBeUndefined();
    const outbox = t.dataSource.getRepository(EmailOutboxEntity);
    const failed = await until(() => outbox.findOneByOrFail({ recipient: 'attesa@comune.example.it' }), (row) => row.attempts >= 1);
    expect(failed).toMatchObject({ status: EmailStatus.PENDING, sentAt: null, lastError: expect.any(String) });

    const smtp = await startTestSmtp(port);
    cleanup.push(() => smtp.close());
    const [message] = await smtp.waitFor(1);
    expect(recipients(message)).toEqual(['attesa@comune.example.it']);
    expect(linkIn(message, `${t.config.publicUrl}/registrazione?codice=`)).toContain(res.data.createInvitation.code);
    const sent = await until(() => outbox.findOneByOrFail({ id: failed.id }), (row) => row.status === EmailStatus.SENT);
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.sentAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages).toHaveLength(1);
  });

  it('sends after a restart an e-mail queued by an instance that stopped before delivering it', async () => {
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL!);
    cleanup.push(() => database.drop());
    const before = await startTestApp({ database, env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
    const admin = await before.seed.admin();
    expect((await before.gql(admin, CREATE, { input: { email: 'riavvio@comune.example.it' } })).errors).toBeUndefined();
    await before.close();

    const smtp = await startTestSmtp();
    cleanup.push(() => smtp.close());
    const after = await startTestApp({ database, env: { SMTP_URL: smtp.url } });
    cleanup.push(() => after.close());
    const [message] = await smtp.waitFor(1);
    expect(recipients(message)).toEqual(['riavvio@comune.example.it']);
    // Marked SENT once the server's acceptance has come back from the sending thread.
    expect(await until(() => after.count(EmailOutboxEntity, { status: EmailStatus.SENT }), (n) => n === 1)).toBe(1);
    expect(smtp.messages).toHaveLength(1);
  });

  it('has two instances on one database send a burst of e-mails, each exactly once', async () => {
    const smtp: TestSmtp = await startTestSmtp();
    cleanup.push(() => smtp.close());
    const a: TestApp = await startTestApp({ env: { SMTP_URL: smtp.url } });
    const b: TestApp = await startTestApp({ env: { SMTP_URL: smtp.url }, database: a.database });
    cleanup.push(() => a.close());
    cleanup.push(() => b.close());
    const admin = await a.seed.admin();
    const addresses = Array.from({ length: 24 }, (_, i) => `raffica.${i}@comune.example.it`);
    const results = await Promise.all(addresses.map((email, i) => (i % 2 ? b : a).gql(admin, CREATE, { input: { email } })));
    expect(results.every((r) => !r.errors)).toBe(true);

    await smtp.waitFor(addresses.length);
    await until(() => a.count(EmailOutboxEntity, { status: EmailStatus.SENT }), (n) => n === addresses.length);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const delivered = smtp.messages.flatMap(recipients).sort();
    expect(delivered).toEqual([...addresses].sort());
  });

  it('has two instances sweep at once a burst queued in one transaction, several e-mails in flight each: every e-mail exactly once', async () => {
    // A mail server taking 20 ms per message: claims of both instances are held at the same time.
    const smtp: TestSmtp = await startTestSmtp(0, { replyDelayMs: 20 });
    cleanup.push(() => smtp.close());
    const a: TestApp = await startTestApp({ env: { SMTP_URL: smtp.url } });
    const b: TestApp = await startTestApp({ env: { SMTP_URL: smtp.url }, database: a.database });
    cleanup.push(() => a.close());
    cleanup.push(() => b.close());
    const addresses = Array.from({ length: 200 }, (_, i) => `notifica.${i}@comune.example.it`);
    const ids = await queue(a, addresses);
    // Besides the sweep the commit asked for, both instances sweep at once.
    await Promise.all([a.app.get(MailWorker).sweep(), b.app.get(MailWorker).sweep()]);

    await smtp.waitFor(addresses.length);
    await until(() => a.count(EmailOutboxEntity, { status: EmailStatus.SENT }), (n) => n === addresses.length);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages.flatMap(recipients).sort()).toEqual([...addresses].sort());
    const host = new URL(a.config.publicUrl).hostname;
    expect(smtp.messages.map((m) => m.messageId).sort()).toEqual(ids.map((id) => `<${id}@${host}>`).sort());
    const rows = await a.dataSource.getRepository(EmailOutboxEntity).find();
    expect(rows.every((row) => row.status === EmailStatus.SENT && row.attempts === 1 && row.sentAt instanceof Date)).toBe(true);
  });

  it('gives back, when an instance stops, the e-mails it claimed and did not try: another sends them at once, every e-mail exactly once', async () => {
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL!);
    cleanup.push(() => database.drop());
    const smtp: TestSmtp = await startTestSmtp(0, { replyDelayMs: 300 });
    cleanup.push(() => smtp.close());
    const a = await startTestApp({ database, env: { SMTP_URL: smtp.url } });
    const addresses = Array.from({ length: 40 }, (_, i) => `consegna.${i}@comune.example.it`);
    await queue(a, addresses);
    await smtp.waitFor(1);
    await a.close();
    expect(smtp.messages.length).toBeLessThan(addresses.length);
    // Not held until the claims run out (CLAIM_SECONDS): due again as soon as the first instance stopped.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT "status", count(*)::int AS "n", (count(*) FILTER (WHERE "nextAttemptAt" > now()))::int AS "held" FROM email_outbox GROUP BY 1 ORDER BY 1`,
    );
    await client.end();
    expect(rows).toEqual([
      { status: EmailStatus.PENDING, n: addresses.length - smtp.messages.length, held: 0 },
      { status: EmailStatus.SENT, n: smtp.messages.length, held: expect.any(Number) },
    ]);

    const b = await startTestApp({ database, env: { SMTP_URL: smtp.url } });
    cleanup.push(() => b.close());
    await smtp.waitFor(addresses.length, undefined, (CLAIM_SECONDS * 1000) / 4);
    await until(() => b.count(EmailOutboxEntity, { status: EmailStatus.SENT }), (n) => n === addresses.length);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.messages.flatMap(recipients).sort()).toEqual([...addresses].sort());
  });

  it('without SMTP_URL writes each e-mail as an .eml file under DATA_DIR/outbox', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-eml-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const t = await startTestApp({ env: { DATA_DIR: dataDir, SMTP_URL: '', PUBLIC_URL: 'http://localhost:3000' } });
    cleanup.push(() => t.close());
    const admin = await t.seed.admin();
    const res = await t.gql(admin, CREATE, { input: { email: 'su.file@comune.example.it' } });
    expect(res.errors).toBeUndefined();
    const outboxDir = join(dataDir, 'outbox');
    const files = await until(
      async () => {
        try {
          return readdirSync(outboxDir).filter((f) => f.endsWith('.eml'));
        } catch {
          return [];
        }
      },
      (list) => list.length === 1,
    );
    const message = await simpleParser(readFileSync(join(outboxDir, files[0])));
    expect(recipients(message)).toEqual(['su.file@comune.example.it']);
    expect(message.subject).toBe('Invito a Buone pratiche');
    expect(linkIn(message, 'http://localhost:3000/registrazione?codice=')).toContain(res.data.createInvitation.code);
  });
});
