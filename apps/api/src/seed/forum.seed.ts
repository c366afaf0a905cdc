import { extractMentions, renderMarkdown } from '@app/core';
import { CategoryEntity, PostEntity, ThreadEntity, ThreadStatus } from '@app/forum';
import { FlagEntity, FlagStatus, ModerationActionEntity } from '@app/moderation';
import { PracticeStatus } from '@app/practices';
import { demoId, rng } from './demo-ids.js';
import { DEMO_THREADS, DemoThread } from './forum-threads.js';
import { demoMembers } from './members.seed.js';
import { demoPractices } from './practices.seed.js';
import type { SeedStep } from './seed-step.js';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** The first discussions open a fortnight after the catalogue (May 2011). */
const FORUM_OPENED = Date.UTC(2011, 4, 16, 8, 30);
/** The Lamezia Terme presentation of the database. */
const LAMEZIA = Date.UTC(2011, 8, 22, 17, 30);

interface SeededPost {
  row: Partial<PostEntity> & { id: string; createdAt: Date; authorId: string };
  markers: string[];
}

/**
 * Discussions in every category, in Italian, by the demo members: mentions, replies to
 * replies, useful marks, solutions, linked practices, a pinned and a locked thread, a
 * post hidden after an upheld flag and one flag waiting in the moderation queue, with
 * the matching moderation log. Fixed ids and times: a second run changes nothing.
 */
export const forumSeed: SeedStep = {
  name: 'discussioni del forum',
  async run({ em }) {
    const members = demoMembers();
    const memberId = (index: number) => members[index % members.length].id;
    const idByHandle = new Map(members.map((m) => [m.handle, m.id]));
    const text = (body: string) => body.replace(/\{@(\d+)\}/g, (_all, n: string) => `@${members[Number(n)].handle}`);
    const mentions = (body: string) => extractMentions(body).map((h) => idByHandle.get(h)).filter((id): id is string => !!id);

    const categories = new Map((await em.getRepository(CategoryEntity).find()).map((c) => [c.slug, c.id]));
    const published = demoPractices().filter((p) => p.row.status === PracticeStatus.PUBLISHED);

    const threads: Array<Partial<ThreadEntity> & { id: string }> = [];
    const posts: SeededPost[] = [];
    const links: Array<{ threadId: string; practiceId: string; note: string | null; linkedById: string; linkedAt: Date }> = [];
    const flags: Array<Partial<FlagEntity> & { id: string }> = [];
    const actions: Array<Partial<ModerationActionEntity> & { id: string }> = [];
    const solutions: Array<{ threadId: string; postId: string }> = [];

    for (const [i, demo] of DEMO_THREADS.entries()) {
      const categoryId = categories.get(demo.category);
      if (!categoryId) throw new Error(`demo: categoria ${demo.category} mancante (migrazione del forum non eseguita?)`);
      const threadId = demoId('thread', demo.key);
      const random = rng(1000 + i);
      const createdAt = new Date(demo.key === 'lamezia' ? LAMEZIA : FORUM_OPENED + i * 6 * DAY + (i % 5) * HOUR);
      const authorId = memberId(demo.author);
      // Who marks a post useful: members other than its author, in a stable order per thread.
      const markersOf = (count: number, author: string) =>
        members
          .map((m, k) => ({ id: m.id, order: (k * 31 + Math.floor(random() * 1000)) % 997 }))
          .filter((m) => m.id !== author)
          .sort((a, b) => a.order - b.order)
          .slice(0, count)
          .map((m) => m.id);

      const threadPosts: SeededPost[] = [
        {
          row: { id: demoId('post', `${demo.key}:0`), threadId, authorId, opening: true, replyToId: null, body: text(demo.body), createdAt },
          markers: markersOf(demo.useful ?? 0, authorId),
        },
      ];
      let at = createdAt.getTime();
      for (const [j, reply] of demo.replies.entries()) {
        at += (3 + Math.floor(random() * 20) + j * 5) * HOUR;
        const author = memberId(reply.author);
        const replyTo = reply.replyTo === undefined ? threadPosts[0] : threadPosts[reply.replyTo + 1];
        const post: SeededPost = {
          row: {
            id: demoId('post', `${demo.key}:${j + 1}`),
            threadId,
            authorId: author,
            opening: false,
            replyToId: replyTo.row.id,
            body: text(reply.body),
            createdAt: new Date(at),
            hidden: !!reply.hidden,
          },
          markers: markersOf(reply.useful ?? 0, author),
        };
        threadPosts.push(post);
        if (reply.solution) solutions.push({ threadId, postId: post.row.id });
        if (reply.hidden) moderateHiddenPost(demo, post, memberId(demo.author), memberId(1));
        if (reply.openFlagBy !== undefined) {
          flags.push({
            id: demoId('flag', `${demo.key}:${j + 1}`),
            postId: post.row.id,
            reporterId: memberId(reply.openFlagBy),
            reason: 'Messaggio promozionale: non è un’esperienza di un’amministrazione',
            status: FlagStatus.OPEN,
            createdAt: new Date(at + 3 * HOUR),
            resolvedById: null,
            resolvedAt: null,
            resolutionNote: null,
          });
        }
      }
      posts.push(...threadPosts);
      const last = threadPosts[threadPosts.length - 1].row.createdAt;

      threads.push({
        id: threadId,
        categoryId,
        authorId,
        title: demo.title,
        tags: demo.tags,
        status: demo.locked ? ThreadStatus.LOCKED : ThreadStatus.OPEN,
        pinned: !!demo.pinned,
        hidden: false,
        solutionPostId: null,
        mergedIntoId: null,
        usefulCount: threadPosts.filter((p) => !p.row.hidden).reduce((sum, p) => sum + p.markers.length, 0),
        createdAt,
        lastActivityAt: last,
        updatedAt: last,
      });
      if (demo.pinned) {
        actions.push({ id: demoId('moderation', `${demo.key}:PIN`), moderatorId: memberId(0), action: 'PIN', targetType: 'THREAD',
          targetId: threadId, reason: 'Regole e indicazioni per tutti i nuovi membri', details: null, createdAt: new Date(createdAt.getTime() + 10 * 60_000) });
      }
      if (demo.locked) {
        actions.push({ id: demoId('moderation', `${demo.key}:LOCK`), moderatorId: memberId(2), action: 'LOCK', targetType: 'THREAD',
          targetId: threadId, reason: 'Materiali inviati a tutti i referenti', details: null, createdAt: new Date(last.getTime() + HOUR) });
      }

      // The practices discussed: the first linked by the author when opening the thread, the others by the first to reply;
      // already in the catalogue then, and preferably the one offered by the administration of a member who tells of it.
      const tellers = demo.replies.map((r) => members[r.author % members.length].administrationKey);
      for (const [k, pattern] of (demo.practices ?? []).entries()) {
        const linker = k === 0 ? threadPosts[0] : threadPosts[Math.min(1, threadPosts.length - 1)];
        const matching = published.filter((p) => pattern.test(p.row.title ?? '') && p.row.createdAt <= linker.row.createdAt);
        if (!matching.length) continue;
        const told = tellers.map((key) => matching.find((p) => p.administrationKey === key)).find((p) => p);
        const practice = told ?? matching[i % matching.length];
        links.push({
          threadId,
          practiceId: practice.row.id,
          note: k === 0 ? null : 'Anche questa scheda tratta lo stesso tema',
          linkedById: linker.row.authorId,
          linkedAt: linker.row.createdAt,
        });
      }
    }

    function moderateHiddenPost(demo: DemoThread, post: SeededPost, reporterId: string, moderatorId: string): void {
      const flagged = post.row.createdAt.getTime();
      const flagId = demoId('flag', post.row.id);
      const resolvedAt = new Date(flagged + 2 * HOUR);
      flags.push({
        id: flagId,
        postId: post.row.id,
        reporterId,
        reason: 'Tono offensivo verso i colleghi',
        status: FlagStatus.UPHELD,
        createdAt: new Date(flagged + HOUR),
        resolvedById: moderatorId,
        resolvedAt,
        resolutionNote: 'Messaggio nascosto: nessun contenuto utile e tono offensivo',
      });
      actions.push(
        { id: demoId('moderation', `${demo.key}:HIDE_POST`), moderatorId, action: 'HIDE_POST', targetType: 'POST', targetId: post.row.id,
          reason: 'Messaggio nascosto: nessun contenuto utile e tono offensivo', details: { flagId }, createdAt: resolvedAt },
        { id: demoId('moderation', `${demo.key}:RESOLVE_FLAG`), moderatorId, action: 'FLAG_UPHELD', targetType: 'POST', targetId: post.row.id,
          reason: 'Messaggio nascosto: nessun contenuto utile e tono offensivo', details: { flagId, resolution: 'HIDE_POST', alsoResolved: [] },
          createdAt: resolvedAt },
      );
    }

    await em.getRepository(ThreadEntity).upsert(threads, ['id']);
    await em.getRepository(PostEntity).upsert(
      posts.map(({ row, markers }) => ({
        hidden: false,
        version: 1,
        editedAt: null,
        ...row,
        bodyHtml: renderMarkdown(row.body!),
        mentionedIds: mentions(row.body!),
        usefulCount: markers.length,
      })),
      ['id'],
    );
    for (const { threadId, postId } of solutions) await em.update(ThreadEntity, threadId, { solutionPostId: postId });

    const marks = posts.flatMap(({ row, markers }) =>
      markers.map((memberId, k) => ({ postId: row.id, memberId, createdAt: new Date(row.createdAt.getTime() + (k + 1) * 2 * HOUR) })),
    );
    await em.query(
      `INSERT INTO useful_mark ("postId", "memberId", "createdAt")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[])
       ON CONFLICT ON CONSTRAINT "PK_useful_mark" DO NOTHING`,
      [marks.map((m) => m.postId), marks.map((m) => m.memberId), marks.map((m) => m.createdAt)],
    );
    await em.query(
      `INSERT INTO thread_practice_link ("threadId", "practiceId", "note", "linkedById", "linkedAt")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[])
       ON CONFLICT ON CONSTRAINT "PK_thread_practice_link" DO NOTHING`,
      [links.map((l) => l.threadId), links.map((l) => l.practiceId), links.map((l) => l.note), links.map((l) => l.linkedById), links.map((l) => l.linkedAt)],
    );
    await em.getRepository(FlagEntity).upsert(flags, ['id']);
    await em.getRepository(ModerationActionEntity).upsert(actions as never, ['id']);
  },
};
