import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The thread id of a twinning's working discussion opened by this migration: derived from the twinning's, so `down` finds it. */
const THREAD_ID = `md5('twinning-thread:' || w."id")::uuid`;

/**
 * Twinnings proposed before the workspace get their working discussion in "gemellaggi", as new ones
 * do when proposed: opened by whoever proposed them (or made the first step of their history), at
 * their creation, with their objectives. The opening post is plain text escaped for HTML.
 */
export class TwinningThreads1764830000002 implements MigrationInterface {
  name = 'TwinningThreads1764830000002';

  async up(q: QueryRunner): Promise<void> {
    const missing = `
      SELECT w."id", ${THREAD_ID} AS "threadId", w."objectives", w."createdAt", p."title" AS "practiceTitle",
             coalesce(w."proposedById", (SELECT c."byId" FROM twinning_status_change c WHERE c."twinningId" = w."id" ORDER BY c."at" LIMIT 1)) AS "authorId"
        FROM twinning w JOIN practice p ON p."id" = w."practiceId"
       WHERE NOT EXISTS (SELECT 1 FROM twinning_thread tt WHERE tt."twinningId" = w."id")`;
    await q.query(`
      INSERT INTO thread ("id", "categoryId", "authorId", "title", "tags", "createdAt", "lastActivityAt", "updatedAt")
      SELECT m."threadId", c."id", m."authorId", left('Gemellaggio: ' || m."practiceTitle", 200), '{gemellaggio}', m."createdAt", m."createdAt", m."createdAt"
        FROM (${missing}) m, category c
       WHERE c."slug" = 'gemellaggi' AND m."authorId" IS NOT NULL`);
    const escape = (expr: string) => `replace(replace(replace(${expr}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
    await q.query(`
      INSERT INTO post ("threadId", "authorId", "opening", "body", "bodyHtml", "createdAt")
      SELECT m."threadId", m."authorId", true,
             'Discussione di lavoro del gemellaggio sulla buona pratica **' || m."practiceTitle" || '**.' || E'\\n\\n' || 'Obiettivi: ' || m."objectives",
             '<p>Discussione di lavoro del gemellaggio sulla buona pratica <strong>' || ${escape('m."practiceTitle"')} || '</strong>.</p>' || E'\\n'
               || '<p>Obiettivi: ' || ${escape('m."objectives"')} || '</p>',
             m."createdAt"
        FROM (${missing}) m
       WHERE EXISTS (SELECT 1 FROM thread t WHERE t."id" = m."threadId")`);
    await q.query(`
      INSERT INTO twinning_thread ("twinningId", "threadId")
      SELECT m."id", m."threadId" FROM (${missing}) m WHERE EXISTS (SELECT 1 FROM thread t WHERE t."id" = m."threadId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM thread t USING twinning w WHERE t."id" = ${THREAD_ID}`);
  }
}
