import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus } from '@app/core';
import { PracticeLinked, PracticeLinkEntity, ThreadEntity } from '@app/forum';
import { PracticeStatus } from '@app/practices';
import { startTestApp, TestApp } from '@app/testing';
import { codeOf, CREATE_THREAD, THREADS } from './forum-operations.js';

const LINKS = `query ($id: ID!) { thread(id: $id) { id practices { note linkedAt practice { id title } linkedBy { id } } } }`;
const LINK = `mutation ($input: LinkPracticeInput!) { linkPractice(input: $input) { id practices { note practice { id } linkedBy { id } } } }`;
const UNLINK = `mutation ($threadId: ID!, $practiceId: ID!) { unlinkPractice(threadId: $threadId, practiceId: $practiceId) { id practices { practice { id } } } }`;
const PRACTICE_THREADS = `query ($id: ID, $first: Int, $after: String) {
  practice(id: $id) { id threads(first: $first, after: $after) { nodes { id hidden } pageInfo { hasNextPage endCursor } totalCount } }
}`;

describe('discussions linked to good practices', () => {
  let t: TestApp;
  let generaleId: string;
  const linked: PracticeLinked[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    generaleId = (await t.seed.category('generale')).id;
    t.app.get(DomainEventBus).subscribe(PracticeLinked, async (_uow, e) => void linked.push(e));
  });
  afterAll(() => t.close());

  it('links the practices named at creation, once each, raising PracticeLinked for each', async () => {
    const author = await t.seed.member();
    const [suap, pec] = await Promise.all([t.seed.practice({ title: 'SUAP telematico associato' }), t.seed.practice({ title: 'PEC per tutti' })]);
    const res = await t.gql(author, CREATE_THREAD, {
      input: { categoryId: generaleId, title: 'Riuso del SUAP associato', body: 'Chi lo ha adottato?', practiceIds: [suap.id, pec.id, suap.id] },
    });
    expect(res.errors).toBeUndefined();
    const threadId = res.data.createThread.id;
    const links = await t.gql(author, LINKS, { id: threadId });
    expect(links.data.thread.practices).toEqual([
      expect.objectContaining({ note: null, practice: { id: expect.any(String), title: expect.any(String) }, linkedBy: { id: author.id } }),
      expect.objectContaining({ note: null, linkedBy: { id: author.id } }),
    ]);
    expect(links.data.thread.practices.map((l: any) => l.practice.id).sort()).toEqual([suap.id, pec.id].sort());
    expect(linked.filter((e) => e.threadId === threadId).map((e) => e.practiceId).sort()).toEqual([suap.id, pec.id].sort());
    expect(linked.find((e) => e.threadId === threadId)?.actorId).toBe(author.id);
  });

  it('refuses an unknown practice, or a draft the author may not see, with BAD_USER_INPUT and writes nothing', async () => {
    const author = await t.seed.member();
    const draft = await t.seed.practice({ status: PracticeStatus.DRAFT });
    for (const practiceIds of [['00000000-0000-4000-8000-000000000000'], [draft.id]]) {
      const res = await t.gql(author, CREATE_THREAD, { input: { categoryId: generaleId, title: 'Con pratica inesistente', body: 'Testo', practiceIds } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('practiceIds');
    }
    expect(await t.count(ThreadEntity, { authorId: author.id })).toBe(0);
  });

  it('lets any member link a practice with a note; linking again changes nothing', async () => {
    const author = await t.seed.member();
    const other = await t.seed.member();
    const thread = await t.seed.thread({ authorId: author.id });
    const practice = await t.seed.practice();
    const first = await t.gql(other, LINK, { input: { threadId: thread.id, practiceId: practice.id, note: 'È proprio il caso descritto qui' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.linkPractice.practices).toEqual([{ note: 'È proprio il caso descritto qui', practice: { id: practice.id }, linkedBy: { id: other.id } }]);
    const stored = await t.dataSource.getRepository(PracticeLinkEntity).findOneByOrFail({ threadId: thread.id, practiceId: practice.id });

    const again = await t.gql(author, LINK, { input: { threadId: thread.id, practiceId: practice.id, note: 'Altra nota' } });
    expect(again.data.linkPractice.practices).toEqual([{ note: 'È proprio il caso descritto qui', practice: { id: practice.id }, linkedBy: { id: other.id } }]);
    const after = await t.dataSource.getRepository(PracticeLinkEntity).findOneByOrFail({ threadId: thread.id, practiceId: practice.id });
    expect(after.linkedAt).toEqual(stored.linkedAt);
    expect(linked.filter((e) => e.threadId === thread.id)).toEqual([expect.objectContaining({ practiceId: practice.id, actorId: other.id })]);
  });

  it('lets the linker, the thread author or a moderator unlink, and refuses anyone else with FORBIDDEN', async () => {
    const author = await t.seed.member();
    const linker = await t.seed.member();
    const stranger = await t.seed.member();
    const moderator = await t.seed.moderator();
    const thread = await t.seed.thread({ authorId: author.id });
    const practices = await Promise.all([t.seed.practice(), t.seed.practice(), t.seed.practice()]);
    for (const p of practices) await t.gql(linker, LINK, { input: { threadId: thread.id, practiceId: p.id } });

    const refused = await t.gql(stranger, UNLINK, { threadId: thread.id, practiceId: practices[0].id });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(await t.count(PracticeLinkEntity, { threadId: thread.id })).toBe(3);

    for (const [actor, practice] of [[linker, practices[0]], [author, practices[1]], [moderator, practices[2]]] as const) {
      const res = await t.gql(actor, UNLINK, { threadId: thread.id, practiceId: practice.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.unlinkPractice.practices.map((l: any) => l.practice.id)).not.toContain(practice.id);
    }
    expect(await t.count(PracticeLinkEntity, { threadId: thread.id })).toBe(0);
    // Unlinking what is not linked changes nothing.
    expect((await t.gql(author, UNLINK, { threadId: thread.id, practiceId: practices[0].id })).errors).toBeUndefined();
  });

  it('lists a practice’s discussions, never showing a hidden one to members', async () => {
    const author = await t.seed.member();
    const moderator = await t.seed.moderator();
    const practice = await t.seed.practice();
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const older = await t.seed.thread({ authorId: author.id, createdAt: at(30) });
    const newer = await t.seed.thread({ authorId: author.id, createdAt: at(20) });
    const hidden = await t.seed.thread({ authorId: author.id, createdAt: at(10), hidden: true });
    await t.dataSource.getRepository(PracticeLinkEntity).insert(
      [older, newer, hidden].map((th) => ({ threadId: th.id, practiceId: practice.id, linkedById: author.id })),
    );

    for (const viewer of [author, null]) {
      const page1 = await t.gql(viewer, PRACTICE_THREADS, { id: practice.id, first: 1 });
      expect(page1.errors).toBeUndefined();
      expect(page1.data.practice.threads.nodes).toEqual([{ id: newer.id, hidden: false }]);
      expect(page1.data.practice.threads.totalCount).toBe(2);
      const page2 = await t.gql(viewer, PRACTICE_THREADS, { id: practice.id, first: 1, after: page1.data.practice.threads.pageInfo.endCursor });
      expect(page2.data.practice.threads.nodes).toEqual([{ id: older.id, hidden: false }]);
      expect(page2.data.practice.threads.pageInfo.hasNextPage).toBe(false);
      const filtered = await t.gql(viewer, THREADS, { filter: { practiceId: practice.id } });
      expect(filtered.data.threads.nodes.map((n: any) => n.id)).toEqual([newer.id, older.id]);
      expect(filtered.data.threads.totalCount).toBe(2);
    }
    const mod = await t.gql(moderator, PRACTICE_THREADS, { id: practice.id, first: 10 });
    expect(mod.data.practice.threads.nodes.map((n: any) => n.id)).toEqual([hidden.id, newer.id, older.id]);
    expect(mod.data.practice.threads.totalCount).toBe(3);
  });

  it('hides the links to a draft practice from members who may not see it', async () => {
    const author = await t.seed.member();
    const contact = await t.seed.member();
    const draft = await t.seed.practice({ status: PracticeStatus.DRAFT, contactIds: [contact.id] });
    const thread = await t.seed.thread({ authorId: author.id });
    await t.dataSource.getRepository(PracticeLinkEntity).insert({ threadId: thread.id, practiceId: draft.id, linkedById: contact.id });
    expect((await t.gql(author, LINKS, { id: thread.id })).data.thread.practices).toEqual([]);
    expect((await t.gql(contact, LINKS, { id: thread.id })).data.thread.practices).toHaveLength(1);
    expect((await t.gql(author, THREADS, { filter: { practiceId: draft.id } })).data.threads.totalCount).toBe(0);
  });
});
