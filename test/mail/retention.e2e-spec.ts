import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxRetention } from '@app/mail';
import { PasswordService } from '@app/members';
import { startTestApp, TestApp } from '@app/testing';

describe('retention of e-mails and reset links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('books the nightly clean-ups on Europe/Rome time', async () => {
    const rows = await t.dataSource.query(`SELECT "name", "timezone" FROM pgboss.schedule WHERE "name" LIKE '%-retention' ORDER BY "name"`);
    expect(rows).toEqual([
      { name: 'outbox-retention', timezone: 'Europe/Rome' },
      { name: 'password-reset-retention', timezone: 'Europe/Rome' },
    ]);
  });

  it('deletes sent e-mails older than 30 days, keeping recent and failed ones', async () => {
    const insert = (status: string, sentDaysAgo: number | null) =>
      t.dataSource.query(
        `INSERT INTO email_outbox ("recipient", "subject", "text", "status", "sentAt") VALUES ('x@comune.example.it', 'Prova', 'Testo', $1, $2) RETURNING "id"`,
        [status, sentDaysAgo === null ? null : new Date(Date.now() - sentDaysAgo * 86_400_000)],
      );
    const [[old], [recent], [failed]] = await Promise.all([insert('SENT', 31), insert('SENT', 2), insert('FAILED', null)]);
    expect(await t.app.get(OutboxRetention).purge()).toBe(1);
    const left = (await t.dataSource.query(`SELECT "id" FROM email_outbox WHERE "id" = ANY($1::uuid[])`, [[old.id, recent.id, failed.id]])).map((r: { id: string }) => r.id);
    expect(left.sort()).toEqual([recent.id, failed.id].sort());
  });

  it('deletes reset links expired more than a day ago', async () => {
    const member = await t.seed.member();
    const insert = (hash: string, expiredHoursAgo: number) =>
      t.dataSource.query(`INSERT INTO password_reset ("memberId", "tokenHash", "expiresAt") VALUES ($1, $2, $3)`, [
        member.id,
        hash,
        new Date(Date.now() - expiredHoursAgo * 3_600_000),
      ]);
    await insert('a'.repeat(64), 30);
    await insert('b'.repeat(64), 2);
    expect(await t.app.get(PasswordService).purgeResets()).toBe(1);
    const left = await t.dataSource.query(`SELECT "tokenHash" FROM password_reset WHERE "memberId" = $1`, [member.id]);
    expect(left).toEqual([{ tokenHash: 'b'.repeat(64) }]);
  });
});
