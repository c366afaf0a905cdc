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
    const [{ n: selfNotified }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE "recipientId" = "actorId"`);
    expect(selfNotified).toBe(0);

    await seed();
    expect(await t.count(FollowEntity)).toBe(follows);
    expect(await t.count(NotificationEntity)).toBe(notifications);
  });
});
