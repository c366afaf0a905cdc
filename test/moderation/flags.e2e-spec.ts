import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus } from '@app/core';
import { PostEntity } from '@app/forum';
import { ContentModerated, FlagEntity, ModerationActionEntity } from '@app/moderation';
import { startTestApp, TestApp } from '@app/testing';
import { codeOf, POST } from '../forum/forum-operations.js';

const FLAG = `mutation ($postId: ID!, $reason: String!) {
  flagPost(postId: $postId, reason: $reason) { id reason status createdAt resolvedAt resolvedBy { id } reporter { id } post { id } }
}`;
const QUEUE = `query ($first: Int, $after: String) {
  moderationQueue(first: $first, after: $after) { nodes { id reason status post { id hidden } reporter { id } } pageInfo { hasNextPage endCursor } totalCount }
}`;
const RESOLVE = `mutation ($flagId: ID!, $resolution: FlagResolution!, $note: String) {
  resolveFlag(flagId: $flagId, resolution: $resolution, note: $note) { id status resolvedAt resolvedBy { id } post { id hidden } }
}`;
const LOG = `{ moderationLog(first: 50) { nodes { action targetType targetId reason moderator { id } } } }`;

describe('flags and the moderation queue', () => {
  let t: TestApp;
  const events: ContentModerated[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(DomainEventBus).subscribe(ContentModerated, async (_uow, e) => void events.push(e));
  });
  afterAll(() => t.close());

  it('accepts one open flag per member and post, and refuses a second with CONFLICT writing nothing', async () => {
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const res = await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: '  Contiene dati personali  ' });
    expect(res.errors).toBeUndefined();
    expect(res.data.flagPost).toMatchObject({
      reason: 'Contiene dati personali',
      status: 'OPEN',
      resolvedAt: null,
      resolvedBy: null,
      reporter: { id: reporter.id },
      post: { id: thread.openingPostId },
    });
    const again = await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Ancora' });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await t.count(FlagEntity, { postId: thread.openingPostId })).toBe(1);
  });

  it('refuses flags on posts the member cannot see (NOT_FOUND), from anonymous callers and with a blank reason', async () => {
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const hidden = await t.seed.post({ threadId: thread.id, authorId: author.id, hidden: true });
    expect(codeOf(await t.gql(reporter, FLAG, { postId: hidden.id, reason: 'Spam evidente' }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(null, FLAG, { postId: thread.openingPostId, reason: 'Spam evidente' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(await t.count(FlagEntity, { reporterId: reporter.id })).toBe(0);
  });

  it('shows the queue, oldest first, to moderators only', async () => {
    const author = await t.seed.member();
    const member = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const reporters = await Promise.all(Array.from({ length: 3 }, () => t.seed.member()));
    const flagged: string[] = [];
    for (const r of reporters) flagged.push((await t.gql(r, FLAG, { postId: thread.openingPostId, reason: 'Fuori tema' })).data.flagPost.id);

    expect(codeOf(await t.gql(member, QUEUE, {}))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(null, QUEUE, {}))).toBe('UNAUTHENTICATED');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await t.gql(moderator, QUEUE, { first: 2, after });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.moderationQueue.nodes.map((n: any) => n.id));
      if (!page.data.moderationQueue.pageInfo.hasNextPage) break;
      after = page.data.moderationQueue.pageInfo.endCursor;
    }
    const mine = seen.filter((id) => flagged.includes(id));
    expect(mine).toEqual(flagged);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('HIDE_POST hides the post, upholds the flag and the other open flags on it, and logs HIDE_POST and FLAG_UPHELD about the post', async () => {
    const author = await t.seed.member();
    const moderator = await t.seed.moderator();
    const [first, second] = await Promise.all([t.seed.member(), t.seed.member()]);
    const thread = await t.seed.thread({ authorId: author.id });
    const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });
    const flagA = (await t.gql(first, FLAG, { postId: reply.id, reason: 'Offensivo' })).data.flagPost.id;
    const flagB = (await t.gql(second, FLAG, { postId: reply.id, reason: 'Offensivo anche per me' })).data.flagPost.id;

    const res = await t.gql(moderator, RESOLVE, { flagId: flagA, resolution: 'HIDE_POST', note: 'Linguaggio non consono' });
    expect(res.errors).toBeUndefined();
    expect(res.data.resolveFlag).toMatchObject({ id: flagA, status: 'UPHELD', resolvedBy: { id: moderator.id }, post: { id: reply.id, hidden: true } });
    expect(res.data.resolveFlag.resolvedAt).toEqual(expect.any(String));
    expect((await t.dataSource.getRepository(FlagEntity).findOneByOrFail({ id: flagB })).status).toBe('UPHELD');
    expect((await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: reply.id })).hidden).toBe(true);
    expect(codeOf(await t.gql(first, POST, { id: reply.id }))).toBe('NOT_FOUND');

    const log = await t.gql(moderator, LOG);
    expect(log.data.moderationLog.nodes).toEqual(
      expect.arrayContaining([
        { action: 'HIDE_POST', targetType: 'POST', targetId: reply.id, reason: 'Linguaggio non consono', moderator: { id: moderator.id } },
        { action: 'FLAG_UPHELD', targetType: 'POST', targetId: reply.id, reason: 'Linguaggio non consono', moderator: { id: moderator.id } },
      ]),
    );
    expect(events.find((e) => e.action === 'HIDE_POST' && e.targetId === reply.id)).toMatchObject({
      targetType: 'POST',
      moderatorId: moderator.id,
      affectedMemberIds: [author.id],
      threadId: thread.id,
      postId: reply.id,
    });
    const resolved = events.find((e) => e.action === 'FLAG_UPHELD' && e.targetId === reply.id);
    expect(resolved).toMatchObject({ targetType: 'POST', threadId: thread.id, postId: reply.id });
    expect(resolved?.affectedMemberIds.sort()).toEqual([first.id, second.id].sort());
    expect(log.data.moderationLog.nodes.filter((n: any) => n.action === 'RESOLVE_FLAG')).toEqual([]);

    const twice = await t.gql(moderator, RESOLVE, { flagId: flagA, resolution: 'DISMISS' });
    expect(codeOf(twice)).toBe('CONFLICT');
  });

  it('DISMISS closes the flag, leaves the post visible and logs FLAG_DISMISSED about the post', async () => {
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const flagId = (await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Non mi piace' })).data.flagPost.id;
    const res = await t.gql(moderator, RESOLVE, { flagId, resolution: 'DISMISS', note: 'Nessuna violazione' });
    expect(res.data.resolveFlag).toMatchObject({ status: 'DISMISSED', post: { hidden: false } });
    expect(events.find((e) => e.action === 'FLAG_DISMISSED' && e.targetId === thread.openingPostId)).toMatchObject({
      targetType: 'POST',
      affectedMemberIds: [reporter.id],
    });
    const log = await t.gql(moderator, LOG);
    const about = log.data.moderationLog.nodes.filter((n: any) => n.targetId === thread.openingPostId);
    expect(about).toEqual([
      { action: 'FLAG_DISMISSED', targetType: 'POST', targetId: thread.openingPostId, reason: 'Nessuna violazione', moderator: { id: moderator.id } },
    ]);
    // A resolved flag does not stop a new report of the same post.
    const again = await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Ci riprovo con un motivo migliore' });
    expect(again.errors).toBeUndefined();
  });

  it('refuses resolveFlag to members with FORBIDDEN, writing nothing, and answers NOT_FOUND for an unknown flag', async () => {
    const author = await t.seed.member();
    const reporter = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const flagId = (await t.gql(reporter, FLAG, { postId: thread.openingPostId, reason: 'Spam' })).data.flagPost.id;
    const actionsBefore = await t.count(ModerationActionEntity);
    expect(codeOf(await t.gql(author, RESOLVE, { flagId, resolution: 'HIDE_POST' }))).toBe('FORBIDDEN');
    expect((await t.dataSource.getRepository(FlagEntity).findOneByOrFail({ id: flagId })).status).toBe('OPEN');
    expect((await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId })).hidden).toBe(false);
    expect(await t.count(ModerationActionEntity)).toBe(actionsBefore);
    expect(codeOf(await t.gql(moderator, RESOLVE, { flagId: 'non-un-uuid', resolution: 'DISMISS' }))).toBe('NOT_FOUND');
  });
});
