import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PostEntity } from '@app/forum';
import { startTestApp, TestApp } from '@app/testing';

const REPLY = `mutation ($input: ReplyInput!) { replyToThread(input: $input) { id } }`;

describe("Discourse's posting limits (RATE_LIMIT_DISCOURSE_POSTS=1)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_DISCOURSE_POSTS: '1', RATE_LIMIT_WRITES: '1000/60' } });
  });
  afterAll(() => t.close());

  it('spaces the posts of established members by 5 seconds', async () => {
    const member = await t.seed.member({ joinedAt: new Date(Date.now() - 10 * 86_400_000) });
    const thread = await t.seed.thread({ authorId: (await t.seed.member()).id });
    const first = await t.gql(member, REPLY, { input: { threadId: thread.id, body: 'Prima risposta' } });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(member, REPLY, { input: { threadId: thread.id, body: 'Seconda risposta' } });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(5);
    expect(await t.count(PostEntity, { threadId: thread.id, authorId: member.id })).toBe(1);
  });

  it('spaces the posts of members in their first day by 30 seconds', async () => {
    const newcomer = await t.seed.member({ joinedAt: new Date() });
    const thread = await t.seed.thread({ authorId: (await t.seed.member()).id });
    const first = await t.gql(newcomer, REPLY, { input: { threadId: thread.id, body: 'Piacere, sono nuovo' } });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(newcomer, REPLY, { input: { threadId: thread.id, body: 'Ancora io' } });
    expect(second.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(5);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it('leaves other writes to the general limit', async () => {
    const newcomer = await t.seed.member({ joinedAt: new Date() });
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(newcomer, `mutation ($n: String!) { updateProfile(input: { displayName: $n }) { id } }`, { n: `Nome ${i}` });
      expect(res.errors).toBeUndefined();
    }
  });
});
