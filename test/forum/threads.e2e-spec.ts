import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DomainEventBus, MemberStatus } from '@app/core';
import { CategoryEntity, PostCreated, PostEntity, ThreadCreated, ThreadEntity, ThreadStatus } from '@app/forum';
import { startTestApp, TestApp } from '@app/testing';
import {
  CATEGORIES,
  codeOf,
  CREATE_CATEGORY,
  CREATE_THREAD,
  MARK_SOLUTION,
  REPLY,
  THREAD,
  THREADS,
} from './forum-operations.js';

describe('categories, threads and replies', () => {
  let t: TestApp;
  let generale: CategoryEntity;
  const events: Array<ThreadCreated | PostCreated> = [];

  beforeAll(async () => {
    t = await startTestApp();
    generale = await t.seed.category('generale');
    const bus = t.app.get(DomainEventBus);
    bus.subscribe(ThreadCreated, async (_uow, e) => void events.push(e));
    bus.subscribe(PostCreated, async (_uow, e) => void events.push(e));
  });
  afterAll(() => t.close());

  describe('categories', () => {
    it('lists one category per theme, in Italian, plus "Discussione generale"', async () => {
      const res = await t.gql(null, CATEGORIES);
      expect(res.errors).toBeUndefined();
      const byTheme = Object.fromEntries(res.data.categories.map((c: any) => [c.theme ?? c.slug, c.name]));
      expect(byTheme).toMatchObject({
        CITIZEN_SERVICES: 'Servizi ai cittadini',
        BUSINESS_SERVICES: 'Servizi alle imprese',
        PROCESS_INNOVATION: 'Innovazione dei processi nella PA e dematerializzazione',
        PUBLIC_CONNECTIVITY: 'Sistema pubblico di connettività (SPC)',
        PUBLIC_INFORMATION_ASSETS: 'Patrimonio informativo pubblico',
        INTEROPERABILITY: 'Interoperabilità e cooperazione applicativa',
        generale: 'Discussione generale',
      });
      expect(res.data.categories.every((c: any) => c.description)).toBe(true);
    });

    it('lets an admin create a category and refuses a duplicate slug with CONFLICT', async () => {
      const admin = await t.seed.admin();
      const input = { name: 'Scuola digitale', slug: 'scuola-digitale', description: 'Registro elettronico e mense', theme: 'CITIZEN_SERVICES' };
      const res = await t.gql(admin, CREATE_CATEGORY, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data.createCategory).toMatchObject({ ...input, threadCount: 0 });
      const again = await t.gql(admin, CREATE_CATEGORY, { input: { ...input, name: 'Altro nome' } });
      expect(codeOf(again)).toBe('CONFLICT');
      expect(await t.count(CategoryEntity, { slug: 'scuola-digitale' })).toBe(1);
      const bySlug = await t.gql(null, `{ category(slug: "scuola-digitale") { id name } }`);
      expect(bySlug.data.category).toEqual({ id: res.data.createCategory.id, name: 'Scuola digitale' });
    });

    it('refuses createCategory to members with FORBIDDEN and to a malformed slug with BAD_USER_INPUT', async () => {
      const member = await t.seed.member();
      const res = await t.gql(member, CREATE_CATEGORY, { input: { name: 'Abusiva', slug: 'abusiva' } });
      expect(codeOf(res)).toBe('FORBIDDEN');
      const admin = await t.seed.admin();
      const bad = await t.gql(admin, CREATE_CATEGORY, { input: { name: 'Slug errato', slug: 'Slug Errato' } });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('slug');
      expect(await t.count(CategoryEntity, { name: 'Abusiva' })).toBe(0);
      expect(await t.count(CategoryEntity, { name: 'Slug errato' })).toBe(0);
    });
  });

  describe('createThread', () => {
    it('writes the thread and its opening post, with tags lower-cased and deduplicated, and raises ThreadCreated', async () => {
      const author = await t.seed.member();
      const named = await t.seed.member();
      const res = await t.gql(author, CREATE_THREAD, {
        input: {
          categoryId: generale.id,
          title: '  SUAP telematico: esperienze di riuso  ',
          body: `Qualcuno ha riusato il SUAP di un altro comune? Chiedo anche a @${named.handle}.`,
          tags: ['SUAP', 'suap', 'Riuso', ' Sportello Unico '],
        },
      });
      expect(res.errors).toBeUndefined();
      const thread = res.data.createThread;
      expect(thread).toMatchObject({
        title: 'SUAP telematico: esperienze di riuso',
        tags: ['suap', 'riuso', 'sportello-unico'],
        status: 'OPEN',
        pinned: false,
        hidden: false,
        postCount: 1,
        author: { id: author.id },
        category: { id: generale.id, slug: 'generale' },
      });
      expect(thread.createdAt).toBe(thread.lastActivityAt);
      expect(thread.posts.totalCount).toBe(1);
      expect(thread.posts.nodes[0]).toMatchObject({ version: 1, author: { id: author.id }, mentions: [{ id: named.id, handle: named.handle }] });
      expect(await t.count(PostEntity, { threadId: thread.id, opening: true })).toBe(1);
      expect(events.find((e) => e instanceof ThreadCreated && e.threadId === thread.id)).toMatchObject({
        categoryId: generale.id,
        authorId: author.id,
        tags: ['suap', 'riuso', 'sportello-unico'],
        mentionedMemberIds: [named.id],
      });
      expect(events.some((e) => e instanceof PostCreated && e.threadId === thread.id)).toBe(false);
    });

    it('refuses more than five distinct tags with BAD_USER_INPUT and writes nothing', async () => {
      const author = await t.seed.member();
      const res = await t.gql(author, CREATE_THREAD, {
        input: { categoryId: generale.id, title: 'Troppe etichette', body: 'Testo', tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] },
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('tags');
      expect(await t.count(ThreadEntity, { authorId: author.id })).toBe(0);
    });

    it('refuses a short title, an empty body and an unknown category with BAD_USER_INPUT naming the field', async () => {
      const author = await t.seed.member();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ categoryId: generale.id, title: 'Ciao', body: 'Testo' }, 'title'],
        [{ categoryId: generale.id, title: 'Titolo valido', body: '   ' }, 'body'],
        [{ categoryId: '00000000-0000-4000-8000-000000000000', title: 'Titolo valido', body: 'Testo' }, 'categoryId'],
        [{ categoryId: 'non-un-uuid', title: 'Titolo valido', body: 'Testo' }, 'categoryId'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(author, CREATE_THREAD, { input });
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      }
      expect(await t.count(ThreadEntity, { authorId: author.id })).toBe(0);
    });

    it('refuses anonymous callers with UNAUTHENTICATED and suspended members with FORBIDDEN, writing nothing', async () => {
      const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
      const input = { categoryId: generale.id, title: 'Non dovrebbe esistere', body: 'Testo' };
      expect(codeOf(await t.gql(null, CREATE_THREAD, { input }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await t.gql(suspended, CREATE_THREAD, { input }))).toBe('FORBIDDEN');
      expect(await t.count(ThreadEntity, { title: 'Non dovrebbe esistere' })).toBe(0);
    });
  });

  describe('replyToThread', () => {
    it('adds a reply to another post of the thread, updates lastActivityAt and raises PostCreated', async () => {
      const author = await t.seed.member();
      const replier = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id, createdAt: new Date(Date.now() - 60_000) });
      const res = await t.gql(replier, REPLY, { input: { threadId: thread.id, body: 'Noi lo usiamo dal 2010.', replyToPostId: thread.openingPostId } });
      expect(res.errors).toBeUndefined();
      const reply = res.data.replyToThread;
      expect(reply).toMatchObject({ version: 1, hidden: false, usefulCount: 0, viewerFoundUseful: false, replyTo: { id: thread.openingPostId } });
      expect(reply.thread.postCount).toBe(2);
      expect(reply.thread.lastActivityAt).toBe(reply.createdAt);
      expect(new Date(reply.createdAt).getTime()).toBeGreaterThan(thread.createdAt.getTime());
      expect(events.find((e) => e instanceof PostCreated && e.postId === reply.id)).toMatchObject({
        threadId: thread.id,
        authorId: replier.id,
        replyToPostId: thread.openingPostId,
        replyToAuthorId: author.id,
        mentionedMemberIds: [],
      });
    });

    it('refuses replyToPostId of another thread with BAD_USER_INPUT and writes nothing', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const other = await t.seed.thread({ authorId: author.id });
      const res = await t.gql(author, REPLY, { input: { threadId: thread.id, body: 'Risposta fuori posto', replyToPostId: other.openingPostId } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('replyToPostId');
      expect(await t.count(PostEntity, { threadId: thread.id })).toBe(1);
    });

    it('refuses a reply to a LOCKED thread with FORBIDDEN and writes nothing', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id, status: ThreadStatus.LOCKED });
      const before = await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
      const res = await t.gql(author, REPLY, { input: { threadId: thread.id, body: 'Posso ancora rispondere?' } });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(await t.count(PostEntity, { threadId: thread.id })).toBe(1);
      const after = await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id });
      expect(after.lastActivityAt).toEqual(before.lastActivityAt);
      expect(events.some((e) => e instanceof PostCreated && e.threadId === thread.id)).toBe(false);
    });

    it('answers NOT_FOUND for an unknown or malformed thread id', async () => {
      const member = await t.seed.member();
      expect(codeOf(await t.gql(member, REPLY, { input: { threadId: '00000000-0000-4000-8000-000000000000', body: 'x' } }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(member, THREAD, { id: 'non-un-uuid' }))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(member, THREAD, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });
  });

  describe('suspended members and anonymous callers', () => {
    it('refuses every forum write with FORBIDDEN (suspended) or UNAUTHENTICATED (anonymous) and writes nothing', async () => {
      const author = await t.seed.member();
      const suspended = await t.seed.member({ status: MemberStatus.SUSPENDED });
      const thread = await t.seed.thread({ authorId: author.id });
      const reply = await t.seed.post({ threadId: thread.id, authorId: suspended.id, body: 'Scritto prima della sospensione' });
      const practice = await t.seed.practice();
      const writes: Array<[string, Record<string, unknown>]> = [
        [REPLY, { input: { threadId: thread.id, body: 'Non dovrebbe comparire' } }],
        [`mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, { input: { postId: reply.id, body: 'Modifica', version: 1 } }],
        [`mutation ($id: ID!) { markPostUseful(postId: $id, useful: true) { id } }`, { id: thread.openingPostId }],
        [`mutation ($input: LinkPracticeInput!) { linkPractice(input: $input) { id } }`, { input: { threadId: thread.id, practiceId: practice.id } }],
        [`mutation ($id: ID!) { flagPost(postId: $id, reason: "Segnalazione") { id } }`, { id: thread.openingPostId }],
      ];
      for (const [query, variables] of writes) {
        expect(codeOf(await t.gql(suspended, query, variables))).toBe('FORBIDDEN');
        expect(codeOf(await t.gql(null, query, variables))).toBe('UNAUTHENTICATED');
      }
      expect(await t.count(PostEntity, { threadId: thread.id })).toBe(2);
      const stored = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: reply.id });
      expect(stored).toMatchObject({ body: 'Scritto prima della sospensione', version: 1 });
      const [{ n }] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM useful_mark WHERE "postId" = $1) + (SELECT count(*) FROM thread_practice_link WHERE "threadId" = $2)
              + (SELECT count(*) FROM flag WHERE "postId" = $1) AS n`,
        [thread.openingPostId, thread.id],
      );
      expect(Number(n)).toBe(0);
    });
  });

  describe('markSolution', () => {
    it('lets the thread author mark a reply as the solution and clear it with null', async () => {
      const author = await t.seed.member();
      const helper = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const reply = await t.seed.post({ threadId: thread.id, authorId: helper.id });
      const marked = await t.gql(author, MARK_SOLUTION, { threadId: thread.id, postId: reply.id });
      expect(marked.errors).toBeUndefined();
      expect(marked.data.markSolution.solution).toEqual({ id: reply.id });
      const cleared = await t.gql(author, MARK_SOLUTION, { threadId: thread.id, postId: null });
      expect(cleared.data.markSolution.solution).toBeNull();
      expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).solutionPostId).toBeNull();
    });

    it('lets a moderator mark the solution, and refuses other members with FORBIDDEN', async () => {
      const author = await t.seed.member();
      const other = await t.seed.member();
      const moderator = await t.seed.moderator();
      const thread = await t.seed.thread({ authorId: author.id });
      const reply = await t.seed.post({ threadId: thread.id, authorId: other.id });
      const refused = await t.gql(other, MARK_SOLUTION, { threadId: thread.id, postId: reply.id });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).solutionPostId).toBeNull();
      const ok = await t.gql(moderator, MARK_SOLUTION, { threadId: thread.id, postId: reply.id });
      expect(ok.data.markSolution.solution).toEqual({ id: reply.id });
    });

    it('refuses a post of another thread, and the opening post, with BAD_USER_INPUT', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const other = await t.seed.thread({ authorId: author.id });
      const foreign = await t.seed.post({ threadId: other.id, authorId: author.id });
      expect(codeOf(await t.gql(author, MARK_SOLUTION, { threadId: thread.id, postId: foreign.id }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(author, MARK_SOLUTION, { threadId: thread.id, postId: thread.openingPostId }))).toBe('BAD_USER_INPUT');
      expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).solutionPostId).toBeNull();
    });
  });

  describe('threads', () => {
    it('filters by category, tag and author', async () => {
      const admin = await t.seed.admin();
      const category = (await t.gql(admin, CREATE_CATEGORY, { input: { name: 'Filtri', slug: 'filtri-prova' } })).data.createCategory;
      const alice = await t.seed.member();
      const bruno = await t.seed.member();
      const a = await t.seed.thread({ authorId: alice.id, categoryId: category.id, tags: ['pec', 'protocollo'] });
      const b = await t.seed.thread({ authorId: bruno.id, categoryId: category.id, tags: ['pec'] });
      await t.seed.thread({ authorId: alice.id, tags: ['pec'] });

      const inCategory = await t.gql(null, THREADS, { filter: { categoryId: category.id } });
      expect(inCategory.data.threads.nodes.map((n: any) => n.id).sort()).toEqual([a.id, b.id].sort());
      expect(inCategory.data.threads.totalCount).toBe(2);
      const tagged = await t.gql(null, THREADS, { filter: { categoryId: category.id, tag: ' PEC ' } });
      expect(tagged.data.threads.totalCount).toBe(2);
      const protocollo = await t.gql(null, THREADS, { filter: { tag: 'protocollo', authorId: alice.id } });
      expect(protocollo.data.threads.nodes.map((n: any) => n.id)).toEqual([a.id]);
      const byBruno = await t.gql(null, THREADS, { filter: { authorId: bruno.id } });
      expect(byBruno.data.threads.nodes.map((n: any) => n.id)).toEqual([b.id]);
    });

    it('orders by last activity with pinned threads first inside a category, and by creation with NEWEST', async () => {
      const admin = await t.seed.admin();
      const category = (await t.gql(admin, CREATE_CATEGORY, { input: { name: 'Ordine', slug: 'ordine-prova' } })).data.createCategory;
      const author = await t.seed.member();
      const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
      const old = await t.seed.thread({ authorId: author.id, categoryId: category.id, createdAt: at(50) });
      const pinned = await t.seed.thread({ authorId: author.id, categoryId: category.id, createdAt: at(40), pinned: true });
      const recent = await t.seed.thread({ authorId: author.id, categoryId: category.id, createdAt: at(30) });
      await t.seed.post({ threadId: old.id, authorId: author.id, createdAt: at(1) });

      const activity = await t.gql(null, THREADS, { filter: { categoryId: category.id } });
      expect(activity.data.threads.nodes.map((n: any) => n.id)).toEqual([pinned.id, old.id, recent.id]);
      const newest = await t.gql(null, THREADS, { filter: { categoryId: category.id }, orderBy: 'NEWEST' });
      expect(newest.data.threads.nodes.map((n: any) => n.id)).toEqual([recent.id, pinned.id, old.id]);
      const viaCategory = await t.gql(null, `query ($slug: String) { category(slug: $slug) { threadCount threads(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } } }`, {
        slug: 'ordine-prova',
      });
      expect(viaCategory.data.category.threadCount).toBe(3);
      expect(viaCategory.data.category.threads.nodes.map((n: any) => n.id)).toEqual([pinned.id, old.id]);
      expect(viaCategory.data.category.threads.pageInfo.hasNextPage).toBe(true);
      expect(viaCategory.data.category.threads.totalCount).toBe(3);
      const rest = await t.gql(null, `query ($slug: String, $after: String) { category(slug: $slug) { threads(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } } }`, {
        slug: 'ordine-prova',
        after: viaCategory.data.category.threads.pageInfo.endCursor,
      });
      expect(rest.data.category.threads.nodes.map((n: any) => n.id)).toEqual([recent.id]);
      expect(rest.data.category.threads.pageInfo.hasNextPage).toBe(false);
    });

    it('puts pinned threads first in the forum-wide list by last activity, page after page', async () => {
      const author = await t.seed.member();
      const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
      const pinned = await t.seed.thread({ authorId: author.id, categoryId: generale.id, createdAt: at(600), pinned: true });
      const recent = await t.seed.thread({ authorId: author.id, categoryId: generale.id, createdAt: at(0.5) });

      const seen: Array<{ id: string; pinned: boolean; lastActivityAt: string }> = [];
      let after: string | null = null;
      do {
        const page: any = await t.gql(null, `query ($after: String) { threads(first: 2, after: $after) { nodes { id pinned lastActivityAt } pageInfo { hasNextPage endCursor } totalCount } }`, { after });
        expect(page.errors).toBeUndefined();
        seen.push(...page.data.threads.nodes);
        after = page.data.threads.pageInfo.hasNextPage ? page.data.threads.pageInfo.endCursor : null;
      } while (after);

      expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
      expect(seen.length).toBe(await t.count(ThreadEntity, { hidden: false }));
      const firstUnpinned = seen.findIndex((n) => !n.pinned);
      expect(seen.slice(firstUnpinned).every((n) => !n.pinned)).toBe(true);
      expect(seen.findIndex((n) => n.id === pinned.id)).toBeLessThan(seen.findIndex((n) => n.id === recent.id));
      for (const group of [seen.slice(0, firstUnpinned), seen.slice(firstUnpinned)]) {
        const times = group.map((n) => new Date(n.lastActivityAt).getTime());
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }
    });

    it('lists every category with its first threads in a constant number of statements', async () => {
      const few = await t.queries.count(() => t.gql(null, `{ categories { id threadCount threads(first: 3) { nodes { id author { handle } postCount } totalCount } } }`));
      const admin = await t.seed.admin();
      for (let i = 0; i < 3; i++) await t.gql(admin, CREATE_CATEGORY, { input: { name: `Extra ${i}`, slug: `extra-${i}` } });
      const more = await t.queries.count(() => t.gql(null, `{ categories { id threadCount threads(first: 3) { nodes { id author { handle } postCount } totalCount } } }`));
      expect(more).toBe(few);
    });
  });
});
