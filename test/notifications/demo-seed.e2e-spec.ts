import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@app/members';
import { FollowEntity, NotificationEntity } from '@app/notifications';
import { startTestApp, TestApp } from '@app/testing';
import { seedDemoCommunity } from '../../apps/api/src/seed/seed-demo.js';

describe('the demo community: follows and notifications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('adds follows and an inbox backlog, and a second run changes nothing', async () => {
    const seed = () => seedDemoCommunity(t.dataSource, t.app.get(PasswordHasher), () => undefined);
    await seed();
    const follows = await t.count(FollowEntity);
    const notifications = await t.count(NotificationEntity);
    expect(follows).toBeGreaterThan(50);
    const types: Array<{ type: string }> = await t.dataSource.query(`SELECT DISTINCT "type" FROM notification ORDER BY 1`);
    expect(types.map((r) => r.type)).toEqual(expect.arrayContaining(['MENTION', 'NEW_POST', 'REPLY']));
    const [{ unread, read }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE "readAt" IS NULL)::int AS unread, count(*) FILTER (WHERE "readAt" IS NOT NULL)::int AS read FROM notification`,
    );
    expect(unread).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(0);
    const [{ n: selfNotified }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE "recipientId" = "actorId"`);
    expect(selfNotified).toBe(0);

    await seed();
    expect(await t.count(FollowEntity)).toBe(follows);
    expect(await t.count(NotificationEntity)).toBe(notifications);
  });
});
