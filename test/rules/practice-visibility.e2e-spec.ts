import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FollowTargetType, NotificationType } from '@app/notifications';
import { PracticeEntity, PracticeStatus, TwinningEntity } from '@app/practices';
import { Region } from '@app/members';
import { SeededMember, SocketClient, startTestApp, TestApp } from '@app/testing';
import { codeOf, demote, follows, inboxOf, PRIVATE_REFUSAL, pushedUnread, seedViewers, VIEWER_KINDS, ViewerKind, Viewers } from './viewers.js';

/**
 * Draft and archived practices, one rule on every path (practice.rules.ts): a DRAFT only to its
 * contacts while they are ACTIVE and to moderators; PUBLISHED and ARCHIVED practices to everyone.
 * Besides the common viewer kinds, a contact of the draft (the suspended member is one too).
 */
const KINDS = [...VIEWER_KINDS, 'contact'] as const;
type Kind = (typeof KINDS)[number];
const SEES_DRAFT: Record<Kind, boolean> = { anonymous: false, member: false, suspended: false, moderator: true, demoted: false, contact: true };
const WITH_INBOX = ['member', 'moderator', 'demoted', 'contact'] as const;
const WORD = 'lombrico';

describe('draft and archived practices: one rule on every path', () => {
  let t: TestApp;
  let v: Viewers & { contact: SeededMember };
  let writer: SeededMember;
  let administrationId: string;
  let draft: PracticeEntity;
  let archived: PracticeEntity;
  let twinning: TwinningEntity;
  let threadId: string;
  const sockets: Partial<Record<Kind, SocketClient>> = {};
  const plain: Partial<Record<Kind, string>> = {};

  const actor = (kind: Kind) => v[kind];
  const expected = (kind: Kind) => SEES_DRAFT[kind];

  beforeAll(async () => {
    t = await startTestApp();
    v = { ...(await seedViewers(t)), contact: await t.seed.member() };
    writer = await t.seed.moderator();
    administrationId = (await t.seed.administration({ region: Region.VENETO })).id;
    const contactIds = [v.contact.id, v.suspended.id];
    draft = await t.seed.practice({ title: `Il ${WORD} in bozza`, offeringAdministrationId: administrationId, contactIds });
    archived = await t.seed.practice({ title: `Il ${WORD} archiviato`, offeringAdministrationId: administrationId, status: PracticeStatus.ARCHIVED });
    twinning = await t.seed.twinning({
      practiceId: draft.id,
      proposedById: v.contact.id,
      receivingAdministrationIds: [(await t.seed.administration({ region: Region.PUGLIA })).id],
    });
    const thread = await t.seed.thread({ authorId: v.contact.id });
    threadId = thread.id;
    await t.dataSource.query(`INSERT INTO thread_practice_link ("threadId", "practiceId", "linkedById") SELECT $1, unnest($2::uuid[]), $3`, [
      threadId,
      [draft.id, archived.id],
      v.contact.id,
    ]);
    const followers = [v.member, v.suspended, v.moderator, v.demoted, v.contact].map((m) => m.id);
    await follows(t, followers, FollowTargetType.PRACTICE, draft.id);
    for (const kind of WITH_INBOX) {
      const recipientId = v[kind].id;
      await t.seed.notification({ recipientId, practiceId: draft.id, type: NotificationType.PRACTICE_UPDATED });
      await t.seed.notification({ recipientId, practiceId: archived.id, type: NotificationType.PRACTICE_UPDATED });
      plain[kind] = (await t.seed.notification({ recipientId, threadId, type: NotificationType.NEW_POST })).id;
      sockets[kind] = await SocketClient.connect(t.baseUrl, v[kind]);
    }
    await demote(t, v);
    // The practice goes back to a draft through the API: its followers hear of it as the rule says.
    const res = await t.gql(
      writer,
      `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { status } }`,
      { input: { id: draft.id, version: 1, changeSummary: 'Torna in bozza', status: 'DRAFT' } },
    );
    expect(res.data?.updatePractice).toEqual({ status: 'DRAFT' });
  });

  afterAll(async () => {
    Object.values(sockets).forEach((s) => s?.close());
    await t.close();
  });

  it.each(KINDS)('by id and slug (%s)', async (kind) => {
    for (const vars of [{ id: draft.id }, { slug: draft.slug }]) {
      const res = await t.gql(actor(kind), `query ($id: ID, $slug: String) { practice(id: $id, slug: $slug) { id status } }`, vars);
      if (expected(kind)) expect(res.data.practice).toEqual({ id: draft.id, status: 'DRAFT' });
      else expect(codeOf(res)).toBe('NOT_FOUND');
    }
    const res = await t.gql(actor(kind), `query ($id: ID) { practice(id: $id) { id status } }`, { id: archived.id });
    expect(res.data.practice).toEqual({ id: archived.id, status: 'ARCHIVED' });
  });

  it.each(KINDS)('lists and their counts (%s)', async (kind) => {
    const res = await t.gql(
      actor(kind),
      `query ($adm: ID!) {
        drafts: practices(filter: { administrationId: $adm, status: DRAFT }) { totalCount nodes { id } }
        archived: practices(filter: { administrationId: $adm, status: ARCHIVED }) { totalCount nodes { id } }
        administration(id: $adm) { practices { id } }
      }`,
      { adm: administrationId },
    );
    expect(res.errors).toBeUndefined();
    const { drafts, archived: archivedList, administration } = res.data;
    expect(drafts).toEqual(expected(kind) ? { totalCount: 1, nodes: [{ id: draft.id }] } : { totalCount: 0, nodes: [] });
    expect(archivedList).toEqual({ totalCount: 1, nodes: [{ id: archived.id }] });
    const offered = administration.practices.map((p: { id: string }) => p.id).sort();
    expect(offered).toEqual((expected(kind) ? [draft.id, archived.id] : [archived.id]).sort());
  });

  it.each(KINDS)('search (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($q: String!) { search(query: $q, kinds: [PRACTICE]) { totalCount nodes { hit { ... on Practice { id } } } } }`, {
      q: WORD,
    });
    const ids = res.data.search.nodes.map((n: { hit: { id: string } }) => n.hit.id);
    expect(ids.includes(draft.id)).toBe(expected(kind));
    expect(ids).toContain(archived.id);
    expect(res.data.search.totalCount).toBe(ids.length);
    const catalogue = await t.gql(actor(kind), `query ($q: String!) { practices(filter: { query: $q, status: DRAFT }) { totalCount } }`, { q: WORD });
    expect(catalogue.data.practices.totalCount).toBe(expected(kind) ? 1 : 0);
  });

  it.each(KINDS)('twinnings of the draft (%s)', async (kind) => {
    const res = await t.gql(
      actor(kind),
      `query ($id: ID!, $practice: ID!) { twinnings(filter: { practiceId: $practice }) { totalCount } twinning(id: $id) { id } }`,
      { id: twinning.id, practice: draft.id },
    );
    if (expected(kind)) {
      expect(res.data).toEqual({ twinnings: { totalCount: 1 }, twinning: { id: twinning.id } });
    } else {
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data?.twinnings ?? { totalCount: 0 }).toEqual({ totalCount: 0 });
    }
  });

  it.each(KINDS)('links from threads (%s)', async (kind) => {
    const res = await t.gql(
      actor(kind),
      `query ($thread: ID!, $draft: ID!) {
        thread(id: $thread) { practices { practice { id } } }
        threads(filter: { practiceId: $draft }) { totalCount }
      }`,
      { thread: threadId, draft: draft.id },
    );
    const linked = res.data.thread.practices.map((l: { practice: { id: string } }) => l.practice.id).sort();
    expect(linked).toEqual((expected(kind) ? [draft.id, archived.id] : [archived.id]).sort());
    expect(res.data.threads.totalCount).toBe(expected(kind) ? 1 : 0);
  });

  it.each(KINDS)('following it (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `mutation ($id: String!) { follow(targetType: PRACTICE, targetId: $id) { targetId } }`, { id: draft.id });
    if (kind === 'anonymous') expect(codeOf(res)).toBe('UNAUTHENTICATED');
    else if (kind === 'suspended') expect(codeOf(res)).toBe('FORBIDDEN');
    else if (expected(kind)) expect(res.data.follow).toEqual({ targetId: draft.id });
    else expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it.each(KINDS)('notifications: inbox, unread count and the socket’s unread (%s)', async (kind) => {
    const inbox = await inboxOf(t, actor(kind));
    const refusal = PRIVATE_REFUSAL[kind as ViewerKind];
    if (refusal) {
      expect(inbox).toBe(refusal);
      return;
    }
    if (typeof inbox === 'string') throw new Error(inbox);
    const aboutDraft = inbox.nodes.filter((n) => n.practice?.id === draft.id);
    // The seeded one, and the update that turned it into a draft (written only to those who see drafts).
    expect(aboutDraft.length).toBe(expected(kind) ? 2 : 0);
    expect(inbox.nodes.filter((n) => n.practice?.id === archived.id)).toHaveLength(1);
    expect([inbox.count, inbox.total]).toEqual([inbox.nodes.length, inbox.nodes.length]);
    const socket = sockets[kind as (typeof WITH_INBOX)[number]]!;
    // Turning the practice into a draft pushed the fresh count to the sockets of those it concerned.
    await socket.waitFor('unread', (u) => u.count === inbox.count);
    expect(await pushedUnread(t, v[kind as 'member'], socket, plain[kind as 'member']!)).toBe(inbox.count - 1);
  });

  it.each(KINDS)('digest (%s)', async (kind) => {
    const res = await t.gql(actor(kind), `query ($since: DateTime) { digest(since: $since) { updatedPractices { id } } }`, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const refusal = PRIVATE_REFUSAL[kind as ViewerKind];
    if (refusal) {
      expect(codeOf(res)).toBe(refusal);
      return;
    }
    const ids = res.data.digest.updatedPractices.map((p: { id: string }) => p.id);
    expect(ids.includes(draft.id)).toBe(expected(kind));
  });
});
