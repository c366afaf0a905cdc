import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { migrations } from '@app/core';
import { PostEntity, PostRevisionEntity, ThreadEntity, UsefulMarkEntity } from '@app/forum';
import { startTestApp, TestApp } from '@app/testing';
import { codeOf, CREATE_THREAD, EDIT, MARK_USEFUL, REPLY, THREAD_POSTS, THREADS } from './forum-operations.js';

/** A migration of the app, by its class name, to run its steps by hand. */
const migration = (name: string) => new (migrations.find((m) => m.name === name)!)();

describe('posts: rendering, mentions, edits, useful marks and pagination', () => {
  let t: TestApp;
  let generaleId: string;
  beforeAll(async () => {
    t = await startTestApp();
    generaleId = (await t.seed.category('generale')).id;
  });
  afterAll(() => t.close());

  describe('Markdown rendering', () => {
    // What must never appear in markup (text that merely shows these words is harmless).
    const DANGEROUS = [
      /<\s*(script|iframe|object|embed|style|form|input|svg|math)/i,
      /<[^>]*\son[a-z]+\s*=/i,
      /<[^>]*\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
    ];

    it('renders hostile Markdown to safe HTML: no script, no event handler, no javascript: link, raw HTML shown as text', async () => {
      const author = await t.seed.member();
      const body = [
        '**Attenzione**: <script>alert("x")</script>',
        '<img src=x onerror="alert(1)">',
        '[clicca qui](javascript:alert(document.cookie)) e [anche qui](JaVaScRiPt:alert(1))',
        '<a href="javascript:alert(1)" onclick="rubaDati()">link</a>',
        '<iframe src="https://example.com"></iframe>',
        '[guida ufficiale](https://www.agid.gov.it)',
      ].join('\n\n');
      const res = await t.gql(author, CREATE_THREAD, { input: { categoryId: generaleId, title: 'Contenuto ostile', body } });
      expect(res.errors).toBeUndefined();
      const post = res.data.createThread.posts.nodes[0];
      expect(post.body).toBe(body);
      for (const pattern of DANGEROUS) expect(post.bodyHtml).not.toMatch(pattern);
      expect(post.bodyHtml).toContain('<strong>Attenzione</strong>');
      expect(post.bodyHtml).toContain('&lt;script&gt;');
      expect(post.bodyHtml).toMatch(/<a href="https:\/\/www\.agid\.gov\.it" rel="nofollow noopener[^"]*"/);
      const stored = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: post.id });
      expect(stored.bodyHtml).toBe(post.bodyHtml);
    });

    it('resolves @handles to members, ignoring unknown handles, e-mail addresses and code', async () => {
      const author = await t.seed.member();
      const anna = await t.seed.member({ handle: `anna.${Date.now().toString(36)}` });
      const thread = await t.seed.thread({ authorId: author.id });
      const res = await t.gql(author, REPLY, {
        input: { threadId: thread.id, body: `Grazie @${anna.handle}! Scrivi a x@${anna.handle}.it, non a \`@${author.handle}\` né a @nessuno.qui` },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.replyToThread.mentions).toEqual([{ id: anna.id, handle: anna.handle }]);
    });

    it('renders a remote image as a link to it named by its alt text, not as an image', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const res = await t.gql(author, REPLY, { input: { threadId: thread.id, body: 'Ecco la locandina: ![x](https://evil.example/p.png)' } });
      expect(res.errors).toBeUndefined();
      const html: string = res.data.replyToThread.bodyHtml;
      expect(html).not.toContain('<img');
      expect(html).toContain('<a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">x</a>');
      const edited = await t.gql(author, EDIT, {
        input: { postId: res.data.replyToThread.id, body: 'Nuova locandina: ![locandina](https://evil.example/q.png)', version: 1 },
      });
      expect(edited.data.editPost.bodyHtml).not.toContain('<img');
      expect(edited.data.editPost.bodyHtml).toContain('<a href="https://evil.example/q.png"');
    });
  });

  describe('rendering stored before remote images became links', () => {
    it('is rendered again by the migration, so stored posts and practice descriptions embed no remote image', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const old = await t.seed.post({
        threadId: thread.id,
        authorId: author.id,
        body: 'Locandina: ![x](https://evil.example/p.png)',
        bodyHtml: '<p>Locandina: <img src="https://evil.example/p.png" alt="x" /></p>\n',
      });
      const plain = await t.seed.post({ threadId: thread.id, authorId: author.id, body: 'Nessuna immagine', bodyHtml: '<p>Nessuna immagine</p>' });
      const practice = await t.seed.practice({
        description: 'Schema: ![schema](https://evil.example/s.png)',
        descriptionHtml: '<p>Schema: <img src="https://evil.example/s.png" alt="schema" /></p>\n',
      });

      const runner = t.dataSource.createQueryRunner();
      try {
        await migration('RemoteImagesAsLinks1764710000000').up(runner);
      } finally {
        await runner.release();
      }

      const res = await t.gql(author, `query ($p: ID!, $q: ID!, $r: ID!) {
        old: post(id: $p) { bodyHtml version } plain: post(id: $q) { bodyHtml } practice(id: $r) { descriptionHtml version } }`, {
        p: old.id,
        q: plain.id,
        r: practice.id,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.old).toEqual({
        bodyHtml: '<p>Locandina: <a href="https://evil.example/p.png" rel="nofollow noopener noreferrer" target="_blank">x</a></p>\n',
        version: 1,
      });
      expect(res.data.plain.bodyHtml).toBe('<p>Nessuna immagine</p>');
      expect(res.data.practice.descriptionHtml).not.toContain('<img');
      expect(res.data.practice.descriptionHtml).toContain('<a href="https://evil.example/s.png"');
    });
  });

  describe('mentions', () => {
    const INBOX = `{ notifications(first: 50) { nodes { type post { id } } } }`;

    async function mentionNotifications(member: { token: string }, postId: string): Promise<number> {
      const res = await t.gql(member, INBOX);
      expect(res.errors).toBeUndefined();
      return res.data.notifications.nodes.filter((n: { type: string; post: { id: string } | null }) => n.type === 'MENTION' && n.post?.id === postId).length;
    }

    it('notifies only the first 20 distinct members mentioned in a post of 25', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const named = await Promise.all(Array.from({ length: 25 }, () => t.seed.member()));
      const body = `Convoco ${named.map((m) => `@${m.handle}`).join(', ')} e di nuovo @${named[0].handle} per la riunione.`;
      const res = await t.gql(author, REPLY, { input: { threadId: thread.id, body } });
      expect(res.errors).toBeUndefined();
      const post = res.data.replyToThread;
      expect(post.mentions).toEqual(named.slice(0, 20).map((m) => ({ id: m.id, handle: m.handle })));

      const received = await Promise.all(named.map((m) => mentionNotifications(m, post.id)));
      expect(received).toEqual([...Array(20).fill(1), ...Array(5).fill(0)]);
      expect(post.bodyHtml).toContain(`@${named[24].handle}`);
    });

    it('keeps the first 20 mentions when a post is edited to name more', async () => {
      const author = await t.seed.member();
      const named = await Promise.all(Array.from({ length: 22 }, () => t.seed.member()));
      const thread = await t.seed.thread({ authorId: author.id, body: 'Prima stesura' });
      const body = named.map((m) => `@${m.handle}`).join(' ');
      const res = await t.gql(author, EDIT, { input: { postId: thread.openingPostId, body, version: 1 } });
      expect(res.errors).toBeUndefined();
      expect(res.data.editPost.mentions).toEqual(named.slice(0, 20).map((m) => ({ handle: m.handle })));
      const stored = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId });
      expect(stored.mentionedIds).toEqual(named.slice(0, 20).map((m) => m.id));
    });
  });

  describe('editPost', () => {
    it('lets the author edit with the current version, bumps it and keeps the previous text', async () => {
      const author = await t.seed.member();
      const named = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id, body: 'Prima stesura' });
      const res = await t.gql(author, EDIT, { input: { postId: thread.openingPostId, body: `Seconda stesura per @${named.handle}`, version: 1 } });
      expect(res.errors).toBeUndefined();
      expect(res.data.editPost).toMatchObject({ version: 2, body: `Seconda stesura per @${named.handle}`, mentions: [{ handle: named.handle }] });
      expect(res.data.editPost.editedAt).toEqual(expect.any(String));
      const history = await t.dataSource.getRepository(PostRevisionEntity).findBy({ postId: thread.openingPostId });
      expect(history).toEqual([expect.objectContaining({ version: 1, body: 'Prima stesura', editedById: author.id })]);
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id, body: 'Versione uno' });
      await t.gql(author, EDIT, { input: { postId: thread.openingPostId, body: 'Versione due', version: 1 } });
      const stale = await t.gql(author, EDIT, { input: { postId: thread.openingPostId, body: 'Modifica su versione vecchia', version: 1 } });
      expect(codeOf(stale)).toBe('CONFLICT');
      const post = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId });
      expect(post).toMatchObject({ body: 'Versione due', version: 2 });
      expect(await t.count(PostRevisionEntity, { postId: thread.openingPostId })).toBe(1);
    });

    it('lets only one of two concurrent edits of the same version through', async () => {
      const author = await t.seed.member();
      const moderator = await t.seed.moderator();
      const thread = await t.seed.thread({ authorId: author.id, body: 'Testo originale' });
      const results = await Promise.all([
        t.gql(author, EDIT, { input: { postId: thread.openingPostId, body: 'Modifica A', version: 1 } }),
        t.gql(moderator, EDIT, { input: { postId: thread.openingPostId, body: 'Modifica B', version: 1 } }),
      ]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
      const post = await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId });
      expect(post.version).toBe(2);
      expect(await t.count(PostRevisionEntity, { postId: thread.openingPostId })).toBe(1);
    });

    it('lets a moderator edit and refuses another member with FORBIDDEN, writing nothing', async () => {
      const author = await t.seed.member();
      const other = await t.seed.member();
      const moderator = await t.seed.moderator();
      const thread = await t.seed.thread({ authorId: author.id, body: 'Testo' });
      const refused = await t.gql(other, EDIT, { input: { postId: thread.openingPostId, body: 'Vandalismo', version: 1 } });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(await t.count(PostRevisionEntity, { postId: thread.openingPostId })).toBe(0);
      const ok = await t.gql(moderator, EDIT, { input: { postId: thread.openingPostId, body: 'Corretto dal moderatore', version: 1 } });
      expect(ok.data.editPost.version).toBe(2);
    });
  });

  describe('useful marks', () => {
    it('counts one mark per member however many times it is sent, and lets it be withdrawn', async () => {
      const author = await t.seed.member();
      const reader = await t.seed.member();
      const other = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      const reply = await t.seed.post({ threadId: thread.id, authorId: author.id });
      const first = await t.gql(reader, MARK_USEFUL, { postId: reply.id, useful: true });
      expect(first.data.markPostUseful).toEqual({ id: reply.id, usefulCount: 1, viewerFoundUseful: true });
      const again = await t.gql(reader, MARK_USEFUL, { postId: reply.id, useful: true });
      expect(again.data.markPostUseful.usefulCount).toBe(1);
      await t.gql(other, MARK_USEFUL, { postId: reply.id, useful: true });
      const view = await t.gql(author, `query ($id: ID!) { post(id: $id) { usefulCount viewerFoundUseful } }`, { id: reply.id });
      expect(view.data.post).toEqual({ usefulCount: 2, viewerFoundUseful: false });
      const withdrawn = await t.gql(reader, MARK_USEFUL, { postId: reply.id, useful: false });
      expect(withdrawn.data.markPostUseful).toEqual({ id: reply.id, usefulCount: 1, viewerFoundUseful: false });
      await t.gql(reader, MARK_USEFUL, { postId: reply.id, useful: false });
      expect(await t.count(UsefulMarkEntity, { postId: reply.id })).toBe(1);
      expect((await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: reply.id })).usefulCount).toBe(1);
    });

    it('refuses a mark on your own post with FORBIDDEN and writes nothing', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      expect(codeOf(await t.gql(author, MARK_USEFUL, { postId: thread.openingPostId, useful: true }))).toBe('FORBIDDEN');
      expect(await t.count(UsefulMarkEntity, { postId: thread.openingPostId })).toBe(0);
    });

    it('keeps counts exact under concurrent marks and orders threads by MOST_USEFUL', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id, tags: ['utilissima'] });
      const lesser = await t.seed.thread({ authorId: author.id, tags: ['utilissima'] });
      const readers = await Promise.all(Array.from({ length: 8 }, () => t.seed.member()));
      const results = await Promise.all(readers.map((r) => t.gql(r, MARK_USEFUL, { postId: thread.openingPostId, useful: true })));
      expect(results.every((r) => !r.errors)).toBe(true);
      await t.gql(readers[0], MARK_USEFUL, { postId: lesser.openingPostId, useful: true });
      expect((await t.dataSource.getRepository(PostEntity).findOneByOrFail({ id: thread.openingPostId })).usefulCount).toBe(8);
      expect((await t.dataSource.getRepository(ThreadEntity).findOneByOrFail({ id: thread.id })).usefulCount).toBe(8);
      const ranked = await t.gql(null, THREADS, { filter: { tag: 'utilissima' }, orderBy: 'MOST_USEFUL' });
      expect(ranked.data.threads.nodes.map((n: any) => n.id)).toEqual([thread.id, lesser.id]);
    });
  });

  describe('Thread.posts pagination', () => {
    it('walks every post once, oldest first with the opening post first, while new replies arrive', async () => {
      const author = await t.seed.member();
      const writers = await Promise.all(Array.from({ length: 3 }, () => t.seed.member()));
      const thread = await t.seed.thread({ authorId: author.id, createdAt: new Date(Date.now() - 3_600_000) });
      await t.seed.posts(thread.id, [author.id], 24, new Date(Date.now() - 1_800_000));

      const seen: string[] = [];
      const times: number[] = [];
      let after: string | null = null;
      let added = 0;
      for (let page = 0; page < 20; page++) {
        const res: any = await t.gql(author, THREAD_POSTS, { id: thread.id, first: 7, after });
        expect(res.errors).toBeUndefined();
        const conn = res.data.thread.posts;
        for (const node of conn.nodes) {
          seen.push(node.id);
          times.push(new Date(node.createdAt).getTime());
        }
        if (added < 3) {
          // A reply arrives between two page reads.
          const reply = await t.gql(writers[added], REPLY, { input: { threadId: thread.id, body: `Nuova risposta ${added}` } });
          expect(reply.errors).toBeUndefined();
          added++;
        }
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      const all = await t.dataSource.getRepository(PostEntity).findBy({ threadId: thread.id });
      expect(all).toHaveLength(1 + 24 + 3);
      expect(seen[0]).toBe(thread.openingPostId);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(all.map((p) => p.id).sort());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    });

    it('starts with the opening post and refuses a malformed cursor or page size with BAD_USER_INPUT', async () => {
      const author = await t.seed.member();
      const thread = await t.seed.thread({ authorId: author.id });
      await t.seed.posts(thread.id, [author.id], 3);
      const res = await t.gql(null, THREAD_POSTS, { id: thread.id, first: 2 });
      expect(res.data.thread.posts.nodes[0].id).toBe(thread.openingPostId);
      expect(res.data.thread.posts.totalCount).toBe(4);
      expect(codeOf(await t.gql(null, THREAD_POSTS, { id: thread.id, first: 2, after: 'non-un-cursore' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(null, THREAD_POSTS, { id: thread.id, first: 101 }))).toBe('BAD_USER_INPUT');
    });
  });
});
