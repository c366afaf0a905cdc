import type { SeedStep } from './seed-step.js';

/** A stable uuid computed in SQL from a text key, so re-running the step inserts nothing twice. */
const stableId = (key: string) => `md5('demo:' || ${key})::uuid`;
const quoted = (expr: string) => `'«' || CASE WHEN length(${expr}) > 80 THEN left(${expr}, 79) || '…' ELSE ${expr} END || '»'`;

/**
 * Follows and a backlog of notifications drawn from the community already seeded:
 * members watch the categories of their expertise, colleagues of their administration,
 * the threads they wrote in and the practices they are contacts of; the posts,
 * practice updates and twinning steps of the past become their inbox (the two latest of
 * each kind unread). Set-based and deterministic; a second run changes nothing.
 */
export const notificationsSeed: SeedStep = {
  name: 'seguiti e notifiche',
  async run({ em }) {
    const follow = (select: string) =>
      em.query(`INSERT INTO follow ("memberId", "targetType", "targetId", "level", "createdAt")
                ${select}
                ON CONFLICT ("memberId", "targetType", "targetId") DO NOTHING`);

    await follow(`
      SELECT m."id", 'CATEGORY', c."id"::text, 'WATCHING_FIRST_POST', m."joinedAt"
        FROM member m JOIN category c ON c."theme" = ANY(m."expertise")`);
    await follow(`
      SELECT m."id", 'MEMBER', o."id"::text, 'WATCHING_FIRST_POST', greatest(m."joinedAt", o."joinedAt")
        FROM member m JOIN member o ON o."administrationId" = m."administrationId" AND o."id" <> m."id"`);
    await follow(`
      SELECT DISTINCT ON (p."authorId", p."threadId") p."authorId", 'THREAD', p."threadId"::text, 'WATCHING', p."createdAt"
        FROM post p ORDER BY p."authorId", p."threadId", p."createdAt"`);
    await follow(`
      SELECT pc."memberId", 'PRACTICE', pc."practiceId"::text, 'WATCHING', pc."createdAt" FROM practice_contact pc`);
    // A few more practices in each member's themes, chosen by a stable hash.
    await follow(`
      SELECT m."id", 'PRACTICE', p."id"::text, 'WATCHING', greatest(m."joinedAt", p."createdAt")
        FROM member m JOIN practice p ON p."themes" && m."expertise" AND p."status" = 'PUBLISHED'
       WHERE abs(hashtext(m."id"::text || p."id"::text)) % 6 = 0`);
    await follow(`
      SELECT m."id", 'TAG', tag, 'WATCHING', m."joinedAt"
        FROM member m, (VALUES ('pec'), ('open-data'), ('suap')) AS tags(tag)
       WHERE abs(hashtext(m."id"::text || tag)) % 4 = 0`);
    // One member in ten mutes a thread they took part in.
    await em.query(`
      UPDATE follow f SET "level" = 'MUTED'
       WHERE f."targetType" = 'THREAD' AND abs(hashtext(f."memberId"::text || f."targetId")) % 10 = 0
         AND NOT EXISTS (SELECT 1 FROM thread t WHERE t."id"::text = f."targetId" AND t."authorId" = f."memberId")`);

    const insert = (select: string) =>
      // The demo's history was never e-mailed: its notifications count as decided ("emailCheckedAt").
      em.query(`INSERT INTO notification ("id", "recipientId", "type", "text", "actorId", "threadId", "postId", "practiceId",
                                          "twinningId", "createdAt", "emailCheckedAt", "readAt")
                SELECT id, "recipientId", "type", "text", "actorId", "threadId", "postId", "practiceId", "twinningId", "createdAt", "createdAt",
                       CASE WHEN row_number() OVER (PARTITION BY "recipientId" ORDER BY "createdAt" DESC, id DESC) > 2
                            THEN "createdAt" + interval '6 hours' END
                  FROM (${select}) backlog
                ON CONFLICT ("id") DO NOTHING`);

    // Replies: MENTION over REPLY over NEW_POST, one per recipient and post, never to the author.
    await insert(`
      SELECT DISTINCT ON (c."recipientId", p."id") ${stableId(`c."recipientId" || ':' || p."id"`)} AS id, c."recipientId", c."type",
             a."displayName" || CASE c."type" WHEN 'MENTION' THEN ' ti ha menzionato nella discussione '
                                              WHEN 'REPLY' THEN ' ha risposto nella discussione '
                                              ELSE ' ha scritto nella discussione ' END || ${quoted('t."title"')} AS "text",
             p."authorId" AS "actorId", t."id" AS "threadId", p."id" AS "postId", NULL::uuid AS "practiceId", NULL::uuid AS "twinningId",
             p."createdAt"
        FROM post p
        JOIN thread t ON t."id" = p."threadId" AND NOT t."hidden"
        JOIN member a ON a."id" = p."authorId"
        CROSS JOIN LATERAL (
          SELECT unnest(p."mentionedIds") AS "recipientId", 'MENTION' AS "type", 1 AS priority
          UNION ALL
          SELECT r."authorId", 'REPLY', 2 FROM post r WHERE r."id" = p."replyToId"
          UNION ALL
          SELECT f."memberId", 'NEW_POST', 3 FROM follow f
           WHERE f."targetType" = 'THREAD' AND f."targetId" = t."id"::text AND f."level" = 'WATCHING' AND f."createdAt" <= p."createdAt"
        ) c
       WHERE NOT p."opening" AND NOT p."hidden" AND c."recipientId" <> p."authorId"
         AND NOT EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = c."recipientId" AND mf."targetType" = 'THREAD'
                           AND mf."targetId" = t."id"::text AND mf."level" = 'MUTED')
       ORDER BY c."recipientId", p."id", c.priority`);

    await insert(`
      SELECT ${stableId(`f."memberId" || ':' || u."id"`)} AS id, f."memberId" AS "recipientId", 'PRACTICE_UPDATED' AS "type",
             a."displayName" || ' ha aggiornato la buona pratica ' || ${quoted('p."title"')} AS "text",
             u."authorId" AS "actorId", NULL::uuid AS "threadId", NULL::uuid AS "postId", p."id" AS "practiceId", NULL::uuid AS "twinningId",
             u."createdAt"
        FROM practice_update u
        JOIN practice p ON p."id" = u."practiceId" AND p."status" <> 'DRAFT'
        JOIN member a ON a."id" = u."authorId"
        JOIN follow f ON f."targetType" = 'PRACTICE' AND f."targetId" = p."id"::text AND f."level" = 'WATCHING'
       WHERE f."memberId" <> u."authorId"`);

    await insert(`
      SELECT DISTINCT ON (r."recipientId", s."id") ${stableId(`r."recipientId" || ':' || s."id"`)} AS id, r."recipientId",
             'TWINNING_STATUS' AS "type",
             CASE WHEN s."from" IS NULL THEN a."displayName" || ' ha proposto un gemellaggio sulla buona pratica ' || ${quoted('p."title"')}
                  ELSE 'Il gemellaggio sulla buona pratica ' || ${quoted('p."title"')} || ' è ora '
                       || CASE s."to" WHEN 'APPROVED' THEN 'approvato' WHEN 'ACTIVE' THEN 'attivo'
                                      WHEN 'COMPLETED' THEN 'concluso' WHEN 'CANCELLED' THEN 'annullato' ELSE 'proposto' END
             END AS "text",
             s."byId" AS "actorId", NULL::uuid AS "threadId", NULL::uuid AS "postId", p."id" AS "practiceId", w."id" AS "twinningId",
             s."at" AS "createdAt"
        FROM twinning_status_change s
        JOIN twinning w ON w."id" = s."twinningId"
        JOIN practice p ON p."id" = w."practiceId"
        JOIN member a ON a."id" = s."byId"
        CROSS JOIN LATERAL (
          SELECT f."memberId" AS "recipientId" FROM follow f
           WHERE f."targetType" = 'PRACTICE' AND f."targetId" = p."id"::text AND f."level" = 'WATCHING'
          UNION ALL
          SELECT m."id" FROM member m
           WHERE m."administrationId" = w."offeringAdministrationId"
              OR m."administrationId" IN (SELECT x."administrationId" FROM twinning_receiving_administration x WHERE x."twinningId" = w."id")
        ) r
       WHERE r."recipientId" <> s."byId"
       ORDER BY r."recipientId", s."id"`);
  },
};
