import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrations } from '@app/core';
import { randomUUID } from 'node:crypto';
import { ModerationActionEntity } from '@app/moderation';
import { SeededMember, startTestApp, TestApp } from '@app/testing';
import { codeOf } from '../forum/forum-operations.js';

/** A migration of the app, by its class name, to run its steps by hand. */
const migration = (name: string) => new (migrations.find((m) => m.name === name)!)();

const LOG = `query ($action: String, $moderatorId: ID, $since: DateTime, $until: DateTime, $first: Int, $after: String) {
  moderationLog(action: $action, moderatorId: $moderatorId, since: $since, until: $until, first: $first, after: $after) {
    nodes { id action targetType targetId reason createdAt moderator { id } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const FLAG = `mutation ($postId: ID!, $reason: String!) { flagPost(postId: $postId, reason: $reason) { id } }`;
const RESOLVE = `mutation ($flagId: ID!, $resolution: FlagResolution!, $note: String) { resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { status } }`;
const PIN = `mutation ($t: ID!) { setThreadPinned(threadId: $t, pinned: true) { pinned } }`;
const LOCK = `mutation ($t: ID!) { setThreadLocked(threadId: $t, locked: true) { status } }`;
const HIDE_POST = `mutation ($p: ID!) { setPostHidden(postId: $p, hidden: true, reason: "Spam") { hidden } }`;
const SET_ROLE = `mutation ($m: ID!, $r: Role!) { setMemberRole(memberId: $m, role: $r) { role } }`;

type Entry = { id: string; action: string; targetType: string; targetId: string; reason: string | null; createdAt: string; moderator: { id: string } };

describe('the moderation log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function log(actor: SeededMember, variables: Record<string, unknown> = {}): Promise<Entry[]> {
    const res = await t.gql(actor, LOG, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data.moderationLog.nodes;
  }

  it('logs a dismissed flag as FLAG_DISMISSED and an upheld one as FLAG_UPHELD beside HIDE_POST, each about the flagged post', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });

    const dismissed = (await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Fuori tema' })).data.flagPost.id;
    const upheld = (await t.gql(reporter, FLAG, { postId: reply.id, reason: 'Offensivo' })).data.flagPost.id;
    expect((await t.gql(moderator, RESOLVE, { flagId: dismissed, resolution: 'DISMISS', note: 'Pertinente' })).data.resolveFlag.status).toBe('DISMISSED');
    expect((await t.gql(moderator, RESOLVE, { flagId: upheld, resolution: 'HIDE_POST', note: 'Tono offensivo' })).data.resolveFlag.status).toBe('UPHELD');

    const entries = (await log(moderator, { moderatorId: moderator.id })).map(({ action, targetType, targetId, reason }) => ({ action, targetType, targetId, reason }));
    expect(entries).toHaveLength(3);
    // Hiding and upholding share one transaction, hence one timestamp.
    expect(entries.slice(0, 2)).toEqual(
      expect.arrayContaining([
        { action: 'FLAG_UPHELD', targetType: 'POST', targetId: reply.id, reason: 'Tono offensivo' },
        { action: 'HIDE_POST', targetType: 'POST', targetId: reply.id, reason: 'Tono offensivo' },
      ]),
    );
    expect(entries[2]).toEqual({ action: 'FLAG_DISMISSED', targetType: 'POST', targetId: thread.openingPostId, reason: 'Pertinente' });
    // The flag itself stays in the row's details.
    const rows = await t.dataSource.getRepository(ModerationActionEntity).findBy({ moderatorId: moderator.id });
    expect(rows.find((r) => r.action === 'FLAG_DISMISSED')?.details).toMatchObject({ flagId: dismissed, resolution: 'DISMISS' });
    expect(rows.find((r) => r.action === 'FLAG_UPHELD')?.details).toMatchObject({ flagId: upheld, resolution: 'HIDE_POST' });
  });

  it('names the target of every entry: the thread, the post or the member acted on', async () => {
    const admin = await t.seed.admin();
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });
    expect((await t.gql(admin, PIN, { t: thread.id })).errors).toBeUndefined();
    expect((await t.gql(admin, HIDE_POST, { p: reply.id })).errors).toBeUndefined();
    expect((await t.gql(admin, SET_ROLE, { m: author.id, r: 'MODERATOR' })).errors).toBeUndefined();

    const entries = await log(admin, { moderatorId: admin.id });
    expect(entries.map(({ action, targetType, targetId }) => ({ action, targetType, targetId }))).toEqual([
      { action: 'SET_ROLE', targetType: 'MEMBER', targetId: author.id },
      { action: 'HIDE_POST', targetType: 'POST', targetId: reply.id },
      { action: 'PIN', targetType: 'THREAD', targetId: thread.id },
    ]);
  });

  it('filters by action and by moderator, with cursors and a totalCount of the filtered entries', async () => {
    const [first, second] = [await t.seed.moderator(), await t.seed.moderator()];
    const author = await t.seed.member();
    const threads = await Promise.all(Array.from({ length: 3 }, () => t.seed.thread({ authorId: author.id })));
    for (const thread of threads) {
      await t.gql(first, PIN, { t: thread.id });
      await t.gql(second, LOCK, { t: thread.id });
    }
    await t.gql(first, LOCK, { t: (await t.seed.thread({ authorId: author.id })).id });

    const pinsOfFirst = await log(first, { action: 'PIN', moderatorId: first.id });
    expect(pinsOfFirst.map((e) => e.targetId).sort()).toEqual(threads.map((th) => th.id).sort());
    expect(pinsOfFirst.every((e) => e.action === 'PIN' && e.moderator.id === first.id)).toBe(true);

    const locksOfSecond = await log(first, { action: 'LOCK', moderatorId: second.id });
    expect(locksOfSecond.map((e) => e.targetId).sort()).toEqual(threads.map((th) => th.id).sort());

    const allOfFirst = await log(second, { moderatorId: first.id });
    expect(allOfFirst.map((e) => e.action).sort()).toEqual(['LOCK', 'PIN', 'PIN', 'PIN']);
    const locks = await log(second, { action: 'LOCK' });
    expect(locks.every((e) => e.action === 'LOCK')).toBe(true);
    expect(locks.length).toBeGreaterThanOrEqual(4);

    // Paging through a filtered log: every entry once, newest first, totalCount of the filter.
    const seen: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(first, LOG, { moderatorId: first.id, first: 3, after });
      expect(page.errors).toBeUndefined();
      expect(page.data.moderationLog.totalCount).toBe(4);
      seen.push(...page.data.moderationLog.nodes);
      if (!page.data.moderationLog.pageInfo.hasNextPage) break;
      after = page.data.moderationLog.pageInfo.endCursor;
    }
    expect(seen.map((e) => e.id)).toEqual(allOfFirst.map((e) => e.id));
    expect(await log(first, { moderatorId: randomUUID() })).toEqual([]);
  });

  it('filters by period, both ends included', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    // Background: entries written on known days.
    const at = (day: string) => new Date(`${day}T10:00:00.000Z`);
    await t.dataSource.getRepository(ModerationActionEntity).insert(
      ['2011-03-01', '2011-03-15', '2011-03-31', '2011-04-20'].map((day) => ({
        moderatorId: moderator.id,
        action: 'PIN',
        targetType: 'THREAD',
        targetId: thread.id,
        reason: day,
        createdAt: at(day),
      })),
    );
    const reasons = async (variables: Record<string, unknown>) =>
      (await log(moderator, { moderatorId: moderator.id, ...variables })).map((e) => e.reason);

    expect(await reasons({ since: '2011-03-15T10:00:00.000Z', until: '2011-03-31T10:00:00.000Z' })).toEqual(['2011-03-31', '2011-03-15']);
    expect(await reasons({ since: '2011-03-20T00:00:00.000Z' })).toEqual(['2011-04-20', '2011-03-31']);
    expect(await reasons({ until: '2011-03-10T00:00:00.000Z' })).toEqual(['2011-03-01']);
    expect(await reasons({ since: '2011-03-10T00:00:00+01:00', until: '2011-03-10T23:59:59+01:00' })).toEqual([]);
    expect(await reasons({ action: 'LOCK', since: '2011-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('refuses members with FORBIDDEN and anonymous callers with UNAUTHENTICATED, filters or not', async () => {
    const member = await t.seed.member();
    expect(codeOf(await t.gql(member, LOG, {}))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(member, LOG, { action: 'HIDE_POST', moderatorId: member.id }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(null, LOG, { action: 'HIDE_POST' }))).toBe('UNAUTHENTICATED');
  });

  it('answers BAD_USER_INPUT naming action for an unknown action, moderatorId for a malformed id, until for a period that ends before it starts', async () => {
    const moderator = await t.seed.moderator();
    const bad = await t.gql(moderator, LOG, { action: 'DELETE_EVERYTHING' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'action', message: expect.stringContaining('azione sconosciuta') }]);
    expect(bad.data).toBeNull();

    const badId = await t.gql(moderator, LOG, { moderatorId: 'non-un-uuid' });
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.extensions?.fields).toEqual([{ field: 'moderatorId', message: 'identificativo non valido' }]);

    const backwards = await t.gql(moderator, LOG, { since: '2011-05-02T00:00:00.000Z', until: '2011-05-01T00:00:00.000Z' });
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.extensions?.fields).toEqual([{ field: 'until', message: expect.stringContaining('periodo') }]);

    expect(codeOf(await t.gql(moderator, LOG, { since: 'ieri' }))).toBe('BAD_USER_INPUT');
    // Any known action is accepted, also the older RESOLVE_FLAG and one with no entries yet.
    expect(codeOf(await t.gql(moderator, LOG, { action: 'RESOLVE_FLAG' }))).toBeUndefined();
    expect(codeOf(await t.gql(moderator, LOG, { action: 'MERGE' }))).toBeUndefined();
  });

  it('rewrites older RESOLVE_FLAG rows as FLAG_UPHELD or FLAG_DISMISSED about the post (its migration), and back', async () => {
    const moderator = await t.seed.moderator();
    const author = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const reporter = await t.seed.member();
    const other = await t.seed.moderator();
    const flagId = (await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Ripetuto' })).data.flagPost.id;
    await t.gql(other, RESOLVE, { flagId, resolution: 'DISMISS' });
    const written = await t.dataSource.getRepository(ModerationActionEntity).findOneByOrFail({ moderatorId: other.id });
    const audit = migration('ModerationAudit1764750000000');
    const runner = t.dataSource.createQueryRunner();
    try {
      await audit.down(runner);
      const [upheldFlag, dismissedFlag, unknownFlag] = [randomUUID(), randomUUID(), randomUUID()];
      const legacy = (targetId: string, details: { resolution: string; postId: string; alsoResolved: string[] } | null) =>
        t.dataSource.getRepository(ModerationActionEntity).insert({
          moderatorId: moderator.id,
          action: 'RESOLVE_FLAG',
          targetType: 'FLAG',
          targetId,
          reason: null,
          details,
        });
      await legacy(upheldFlag, { resolution: 'HIDE_POST', postId: thread.openingPostId, alsoResolved: [] });
      await legacy(dismissedFlag, { resolution: 'DISMISS', postId: thread.openingPostId, alsoResolved: [] });
      await legacy(unknownFlag, null);
      await audit.up(runner);
    } finally {
      await runner.release();
    }

    const entries = await log(moderator, { moderatorId: moderator.id });
    expect(entries.map(({ action, targetType, targetId }) => ({ action, targetType, targetId })).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: 'FLAG_DISMISSED', targetType: 'POST', targetId: thread.openingPostId },
      { action: 'FLAG_UPHELD', targetType: 'POST', targetId: thread.openingPostId },
      // Without details nothing tells which resolution it was: left as it was.
      { action: 'RESOLVE_FLAG', targetType: 'FLAG', targetId: expect.any(String) },
    ]);
    const rows = await t.dataSource.getRepository(ModerationActionEntity).findBy({ moderatorId: moderator.id, action: 'FLAG_UPHELD' });
    expect(rows[0].details).toMatchObject({ resolution: 'HIDE_POST', flagId: expect.any(String) });
    // A row written by the current code comes back as it was after down and up.
    expect(await t.dataSource.getRepository(ModerationActionEntity).findOneByOrFail({ id: written.id })).toEqual(written);
    expect(written).toMatchObject({ action: 'FLAG_DISMISSED', targetType: 'POST', targetId: thread.openingPostId, details: { flagId } });
  });
});
