import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MemberStatus } from '@app/core';
import { FollowEntity } from '@app/notifications';
import { startTestApp, TestApp } from '@app/testing';

const FOLLOW = `mutation ($type: FollowTargetType!, $id: String!, $level: FollowLevel) {
  follow(targetType: $type, targetId: $id, level: $level) { id targetType targetId level createdAt } }`;
const UNFOLLOW = `mutation ($type: FollowTargetType!, $id: String!) { unfollow(targetType: $type, targetId: $id) }`;
const MY_FOLLOWS = `{ myFollows { targetType targetId level } }`;

describe('follow, unfollow and myFollows', () => {
  let t: TestApp;
  let categoryId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: categoryId }] = await t.dataSource.query(`SELECT id FROM category ORDER BY "position" LIMIT 1`);
  });
  afterAll(() => t.close());

  it('follows a member at WATCHING by default and changes the level on a second call without a second row', async () => {
    const me = await t.seed.member();
    const colleague = await t.seed.member();
    const first = await t.gql(me, FOLLOW, { type: 'MEMBER', id: colleague.id });
    expect(first.errors).toBeUndefined();
    expect(first.data.follow).toMatchObject({ targetType: 'MEMBER', targetId: colleague.id, level: 'WATCHING' });

    const second = await t.gql(me, FOLLOW, { type: 'MEMBER', id: colleague.id, level: 'MUTED' });
    expect(second.data.follow).toMatchObject({ id: first.data.follow.id, level: 'MUTED' });
    expect(await t.count(FollowEntity, { memberId: me.id })).toBe(1);
  });

  it('follows a category and a tag, storing the tag trimmed and lower-case', async () => {
    const me = await t.seed.member();
    await t.gql(me, FOLLOW, { type: 'CATEGORY', id: categoryId, level: 'WATCHING_FIRST_POST' });
    const tag = await t.gql(me, FOLLOW, { type: 'TAG', id: '  Open  Data ' });
    expect(tag.data.follow.targetId).toBe('open-data');
    const again = await t.gql(me, FOLLOW, { type: 'TAG', id: 'OPEN DATA' });
    expect(again.data.follow.id).toBe(tag.data.follow.id);

    const mine = await t.gql(me, MY_FOLLOWS);
    expect(mine.data.myFollows).toEqual(
      expect.arrayContaining([
        { targetType: 'CATEGORY', targetId: categoryId, level: 'WATCHING_FIRST_POST' },
        { targetType: 'TAG', targetId: 'open-data', level: 'WATCHING' },
      ]),
    );
    expect(mine.data.myFollows).toHaveLength(2);
  });

  it('refuses unknown or malformed targets with NOT_FOUND and an empty tag with BAD_USER_INPUT, writing nothing', async () => {
    const me = await t.seed.member();
    const cases: Array<[string, string, string]> = [
      ['MEMBER', '6f1c2d3e-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['CATEGORY', '6f1c2d3e-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['THREAD', 'non-un-uuid', 'NOT_FOUND'],
      ['PRACTICE', '6f1c2d3e-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['TAG', '   ', 'BAD_USER_INPUT'],
    ];
    for (const [type, id, code] of cases) {
      const res = await t.gql(me, FOLLOW, { type, id });
      expect([type, res.errors?.[0].extensions?.code]).toEqual([type, code]);
    }
    expect(await t.count(FollowEntity, { memberId: me.id })).toBe(0);
  });

  it('does not reveal a hidden thread: NOT_FOUND for a member, allowed for a moderator', async () => {
    const author = await t.seed.member();
    const [{ id: threadId }] = await t.dataSource.query(
      `INSERT INTO thread ("categoryId", "authorId", "title", "hidden") VALUES ($1, $2, 'Discussione nascosta', true) RETURNING id`,
      [categoryId, author.id],
    );
    const member = await t.seed.member();
    const refused = await t.gql(member, FOLLOW, { type: 'THREAD', id: threadId });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await t.count(FollowEntity, { memberId: member.id })).toBe(0);

    const moderator = await t.seed.moderator();
    const allowed = await t.gql(moderator, FOLLOW, { type: 'THREAD', id: threadId });
    expect(allowed.data.follow.targetId).toBe(threadId);
  });

  it('refuses anonymous callers with UNAUTHENTICATED and suspended members with FORBIDDEN', async () => {
    const target = await t.seed.member();
    const anonymous = await t.gql(null, FOLLOW, { type: 'MEMBER', id: target.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(null, MY_FOLLOWS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
    const refused = await t.gql(suspended, FOLLOW, { type: 'MEMBER', id: target.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count(FollowEntity, { memberId: suspended.id })).toBe(0);
  });

  it('unfollows: true when a follow was removed, false when there was none', async () => {
    const me = await t.seed.member();
    const colleague = await t.seed.member();
    await t.gql(me, FOLLOW, { type: 'MEMBER', id: colleague.id });
    const removed = await t.gql(me, UNFOLLOW, { type: 'MEMBER', id: colleague.id });
    expect(removed.data.unfollow).toBe(true);
    expect(await t.count(FollowEntity, { memberId: me.id })).toBe(0);
    const none = await t.gql(me, UNFOLLOW, { type: 'MEMBER', id: colleague.id });
    expect(none.data.unfollow).toBe(false);
  });
});
