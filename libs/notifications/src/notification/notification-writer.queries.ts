import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canModerateSql, memberReader } from '@app/core';
import { visibleThreadSql } from '@app/forum';
import { visibleDocumentSql, visiblePracticeSql } from '@app/practices';
import type { NotificationEntity } from './notification.entity.js';

/** A title shortened for a one-line Italian sentence, in guillemets. */
const quoted = (expr: string) => `'«' || CASE WHEN length(${expr}) > 80 THEN left(${expr}, 79) || '…' ELSE ${expr} END || '»'`;

/** The recipient `m` of a candidate row, as the visibility rules read it. */
const RECIPIENT = memberReader('m');

/** The thread of `ctx` (which carries its "hidden") is visible to the recipient `m`. */
const THREAD_VISIBLE = visibleThreadSql('ctx', RECIPIENT);

/** The practice of `ctx` is visible to the recipient `m`. */
const PRACTICE_VISIBLE = `EXISTS (SELECT 1 FROM practice vp WHERE vp."id" = ctx."practiceId" AND ${visiblePracticeSql('vp', RECIPIENT)})`;

/** The document of `ctx` is visible to the recipient `m`. */
const DOCUMENT_VISIBLE = `EXISTS (SELECT 1 FROM document vd WHERE vd."id" = ctx."documentId" AND ${visibleDocumentSql('vd', RECIPIENT)})`;

/**
 * Picks one candidate per recipient (the lowest priority number wins: MENTION 1, REPLY 2,
 * NEW_POST and NEW_THREAD 3), never the actor nor a suspended member (who may not read an
 * inbox, and finds nothing written meanwhile once reactivated), and inserts the rows with their text.
 * `candidates` yields ("recipientId", "type", "priority"); it may use the CTE `ctx` of
 * the statement. `columns` are the values of "actorId", "threadId", "postId", "practiceId" and
 * "twinningId"; `documentColumn` the value of "documentId", `reuseColumns` those of "needId" and
 * "adoptionId". One statement per event, whatever
 * the number of followers.
 */
function insertChosen(ctx: string, candidates: string, text: string, columns: string, documentColumn = 'NULL', reuseColumns = 'NULL, NULL'): string {
  return `
    WITH ctx AS (${ctx}),
    candidate AS (${candidates}),
    chosen AS (
      SELECT DISTINCT ON (c."recipientId") c."recipientId", c."type"
        FROM candidate c JOIN member r ON r."id" = c."recipientId" AND r."status" = 'ACTIVE', ctx
       WHERE c."recipientId" IS DISTINCT FROM ctx."actorId"
       ORDER BY c."recipientId", c."priority"
    )
    INSERT INTO notification ("recipientId", "type", "text", "actorId", "threadId", "postId", "practiceId", "twinningId", "documentId", "needId", "adoptionId")
    SELECT ch."recipientId", ch."type", ${text}, ${columns}, ${documentColumn}, ${reuseColumns}
      FROM chosen ch, ctx
    RETURNING *`;
}

/** A follow `f` that brings what happens in the thread of `ctx`: of its category, one of its tags or its author (the actor). */
const BROAD_FOLLOW = `((f."targetType" = 'CATEGORY' AND f."targetId" = ctx."categoryId")
  OR (f."targetType" = 'TAG' AND f."targetId" = ANY(ctx."tags"))
  OR (f."targetType" = 'MEMBER' AND f."targetId" = ctx."actorId"::text))`;

/**
 * Candidates `x."recipientId"`: members WATCHING the practice of `ctx` or its twinning, and the
 * members of the twinning's administrations: offering, receiving and the other participants of its
 * workspace (`ctx."twinningId"`, `ctx."offeringAdministrationId"`; none when they are null).
 */
const PRACTICE_WATCHERS_AND_TWINNING_MEMBERS = `(
          SELECT f."memberId" AS "recipientId" FROM follow f, ctx
           WHERE f."targetType" = 'PRACTICE' AND f."targetId" = ctx."practiceId"::text AND f."level" = 'WATCHING'
          UNION ALL
          SELECT f."memberId" FROM follow f, ctx
           WHERE f."targetType" = 'TWINNING' AND f."targetId" = ctx."twinningId"::text AND f."level" = 'WATCHING'
          UNION ALL
          SELECT am."id" FROM member am, ctx
           WHERE am."administrationId" = ctx."offeringAdministrationId"
              OR am."administrationId" IN (SELECT r."administrationId" FROM twinning_receiving_administration r
                                            WHERE r."twinningId" = ctx."twinningId")
              OR am."administrationId" IN (SELECT tp."administrationId" FROM twinning_participant tp
                                            WHERE tp."twinningId" = ctx."twinningId")
        ) x`;

/** The chosen recipient `ch` is a member of a receiving administration of the twinning of `ctx`. */
const RECEIVING_MEMBER = `EXISTS (SELECT 1 FROM member rm JOIN twinning_receiving_administration ra ON ra."administrationId" = rm."administrationId"
                                   WHERE rm."id" = ch."recipientId" AND ra."twinningId" = ctx."twinningId")`;

/** A MUTED follow of the recipient `alias` on one target. */
const muted = (alias: string, type: string, targetExpr: string) =>
  `EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${alias} AND mf."targetType" = '${type}'
            AND mf."targetId" = ${targetExpr} AND mf."level" = 'MUTED')`;

/** A MUTED follow on any of the thread's tags. */
const mutedTag = (alias: string) =>
  `EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${alias} AND mf."targetType" = 'TAG'
            AND mf."targetId" = ANY(ctx."tags") AND mf."level" = 'MUTED')`;

/**
 * The set-based SQL that turns a domain event into notification rows, inside the
 * event's own transaction (the caller's EntityManager). Each method returns the rows
 * it wrote so they can be pushed after commit.
 *
 * Silence rules: a MUTED thread, practice or actor silences everything about it; a
 * MUTED category or tag silences what a broad follow would bring (new threads and
 * posts) unless the member watches the thread itself. Hidden threads reach only
 * moderators; draft practices only their contacts and moderators (the forum's and the practices'
 * rules, for each recipient); suspended members nothing.
 */
@Injectable()
export class NotificationWriter {
  async threadCreated(
    em: EntityManager,
    e: { threadId: string; authorId: string; mentionedMemberIds: string[] },
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT t."id" AS "threadId", t."categoryId"::text AS "categoryId", t."tags", t."hidden", t."title",
             a."id" AS "actorId", a."displayName" AS "actorName",
             (SELECT p."id" FROM post p WHERE p."threadId" = t."id" AND p."opening" LIMIT 1) AS "postId"
        FROM thread t JOIN member a ON a."id" = $2
       WHERE t."id" = $1`;
    const candidates = `
      SELECT x."recipientId", x."type", x."priority"
        FROM (
          SELECT unnest($3::uuid[]) AS "recipientId", 'MENTION' AS "type", 1 AS "priority"
          UNION ALL
          SELECT f."memberId", 'NEW_THREAD', 3
            FROM follow f, ctx
           WHERE f."level" IN ('WATCHING', 'WATCHING_FIRST_POST') AND ${BROAD_FOLLOW}
        ) x
        JOIN member m ON m."id" = x."recipientId", ctx
       WHERE ${THREAD_VISIBLE}
         AND NOT ${muted('x."recipientId"', 'MEMBER', 'ctx."actorId"::text')}
         AND NOT (x."priority" = 3 AND (${muted('x."recipientId"', 'CATEGORY', 'ctx."categoryId"')} OR ${mutedTag('x."recipientId"')}))`;
    const text = `ctx."actorName" || CASE ch."type"
        WHEN 'MENTION' THEN ' ti ha menzionato nella discussione '
        ELSE ' ha aperto la discussione ' END || ${quoted('ctx."title"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", ctx."threadId", ctx."postId", NULL, NULL`),
      [e.threadId, e.authorId, e.mentionedMemberIds ?? []],
    );
  }

  async postCreated(
    em: EntityManager,
    e: { postId: string; threadId: string; authorId: string; replyToAuthorId: string | null; mentionedMemberIds: string[] },
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT t."id" AS "threadId", t."categoryId"::text AS "categoryId", t."tags", t."hidden", t."title",
             a."id" AS "actorId", a."displayName" AS "actorName", $3::uuid AS "postId"
        FROM thread t JOIN member a ON a."id" = $2
       WHERE t."id" = $1`;
    const watchesThread = (alias: string) =>
      `EXISTS (SELECT 1 FROM follow wf WHERE wf."memberId" = ${alias} AND wf."targetType" = 'THREAD'
                AND wf."targetId" = ctx."threadId"::text AND wf."level" = 'WATCHING')`;
    const candidates = `
      SELECT x."recipientId", x."type", x."priority"
        FROM (
          SELECT unnest($4::uuid[]) AS "recipientId", 'MENTION' AS "type", 1 AS "priority"
          UNION ALL
          SELECT $5::uuid, 'REPLY', 2 WHERE $5::uuid IS NOT NULL
          UNION ALL
          SELECT f."memberId", 'NEW_POST', 3
            FROM follow f, ctx
           WHERE f."level" = 'WATCHING'
             AND ((f."targetType" = 'THREAD' AND f."targetId" = ctx."threadId"::text) OR ${BROAD_FOLLOW})
        ) x
        JOIN member m ON m."id" = x."recipientId", ctx
       WHERE ${THREAD_VISIBLE}
         AND NOT ${muted('x."recipientId"', 'THREAD', 'ctx."threadId"::text')}
         AND NOT ${muted('x."recipientId"', 'MEMBER', 'ctx."actorId"::text')}
         AND NOT (x."priority" = 3 AND NOT ${watchesThread('x."recipientId"')}
                  AND (${muted('x."recipientId"', 'CATEGORY', 'ctx."categoryId"')} OR ${mutedTag('x."recipientId"')}))`;
    const text = `ctx."actorName" || CASE ch."type"
        WHEN 'MENTION' THEN ' ti ha menzionato nella discussione '
        WHEN 'REPLY' THEN ' ha risposto nella discussione '
        ELSE ' ha scritto nella discussione ' END || ${quoted('ctx."title"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", ctx."threadId", ctx."postId", NULL, NULL`),
      [e.threadId, e.authorId, e.postId, e.mentionedMemberIds ?? [], e.replyToAuthorId],
    );
  }

  async practiceLinked(em: EntityManager, e: { threadId: string; practiceId: string; actorId: string }): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT t."id" AS "threadId", t."hidden", t."title", p."id" AS "practiceId", p."title" AS "practiceTitle",
             a."id" AS "actorId", a."displayName" AS "actorName"
        FROM thread t, practice p, member a
       WHERE t."id" = $1 AND p."id" = $2 AND a."id" = $3`;
    const candidates = `
      SELECT f."memberId" AS "recipientId", 'PRACTICE_LINKED' AS "type", 1 AS "priority"
        FROM follow f JOIN member m ON m."id" = f."memberId", ctx
       WHERE f."targetType" = 'PRACTICE' AND f."targetId" = ctx."practiceId"::text
         AND f."level" IN ('WATCHING', 'WATCHING_FIRST_POST')
         AND ${THREAD_VISIBLE}
         AND ${PRACTICE_VISIBLE}
         AND NOT ${muted('f."memberId"', 'THREAD', 'ctx."threadId"::text')}
         AND NOT ${muted('f."memberId"', 'MEMBER', 'ctx."actorId"::text')}`;
    const text = `ctx."actorName" || ' ha collegato la discussione ' || ${quoted('ctx."title"')}
      || ' alla buona pratica ' || ${quoted('ctx."practiceTitle"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", ctx."threadId", NULL, ctx."practiceId", NULL`),
      [e.threadId, e.practiceId, e.actorId],
    );
  }

  async practiceUpdated(em: EntityManager, e: { practiceId: string; actorId: string }): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT p."id" AS "practiceId", p."title", a."id" AS "actorId", a."displayName" AS "actorName"
        FROM practice p, member a
       WHERE p."id" = $1 AND a."id" = $2`;
    const candidates = `
      SELECT f."memberId" AS "recipientId", 'PRACTICE_UPDATED' AS "type", 1 AS "priority"
        FROM follow f JOIN member m ON m."id" = f."memberId", ctx
       WHERE f."targetType" = 'PRACTICE' AND f."targetId" = ctx."practiceId"::text AND f."level" = 'WATCHING'
         AND ${PRACTICE_VISIBLE}
         AND NOT ${muted('f."memberId"', 'MEMBER', 'ctx."actorId"::text')}`;
    const text = `ctx."actorName" || ' ha aggiornato la buona pratica ' || ${quoted('ctx."title"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", NULL, NULL, ctx."practiceId", NULL`),
      [e.practiceId, e.actorId],
    );
  }

  /**
   * A twinning was proposed or changed status: the practice's followers and the members
   * of the offering and receiving administrations. `statusName` is the Italian name of
   * the new status, null for a proposal.
   */
  async twinningChanged(
    em: EntityManager,
    e: { twinningId: string; actorId: string },
    statusName: string | null,
    promptAdoption = false,
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT w."id" AS "twinningId", w."offeringAdministrationId", p."id" AS "practiceId", p."title",
             a."id" AS "actorId", a."displayName" AS "actorName"
        FROM twinning w JOIN practice p ON p."id" = w."practiceId", member a
       WHERE w."id" = $1 AND a."id" = $2`;
    const candidates = `
      SELECT x."recipientId", 'TWINNING_STATUS' AS "type", 1 AS "priority"
        FROM ${PRACTICE_WATCHERS_AND_TWINNING_MEMBERS}
        JOIN member m ON m."id" = x."recipientId", ctx
       WHERE ${PRACTICE_VISIBLE}
         AND NOT ${muted('x."recipientId"', 'PRACTICE', 'ctx."practiceId"::text')}
         AND NOT ${muted('x."recipientId"', 'TWINNING', 'ctx."twinningId"::text')}
         AND NOT ${muted('x."recipientId"', 'MEMBER', 'ctx."actorId"::text')}`;
    const text = `CASE WHEN $3::text IS NULL
        THEN ctx."actorName" || ' ha proposto un gemellaggio sulla buona pratica ' || ${quoted('ctx."title"')}
        ELSE 'Il gemellaggio sulla buona pratica ' || ${quoted('ctx."title"')} || ' è ora ' || $3::text END
      || CASE WHEN $4::boolean AND ${RECEIVING_MEMBER} THEN ': registra a che punto è l''adozione nella tua amministrazione' ELSE '' END`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", NULL, NULL, ctx."practiceId", ctx."twinningId"`),
      [e.twinningId, e.actorId, statusName, promptAdoption],
    );
  }

  /**
   * A document was attached (version 1) or got a new version: the followers of its practice and,
   * for a twinning's document, the members of the twinning's administrations, when they may see
   * the document (visibleDocumentSql: a twinning's documents only reach ACTIVE members).
   */
  async documentPublished(
    em: EntityManager,
    e: { documentId: string; practiceId: string | null; twinningId: string | null; actorId: string; version: number },
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT d."id" AS "documentId", d."title", d."twinningId", p."id" AS "practiceId", p."title" AS "practiceTitle",
             w."offeringAdministrationId", a."id" AS "actorId", a."displayName" AS "actorName", $3::int AS "version"
        FROM document d
        LEFT JOIN twinning w ON w."id" = d."twinningId"
        JOIN practice p ON p."id" = coalesce(d."practiceId", w."practiceId"), member a
       WHERE d."id" = $1 AND a."id" = $2`;
    const candidates = `
      SELECT x."recipientId", 'DOCUMENT' AS "type", 1 AS "priority"
        FROM ${PRACTICE_WATCHERS_AND_TWINNING_MEMBERS}
        JOIN member m ON m."id" = x."recipientId", ctx
       WHERE ${DOCUMENT_VISIBLE}
         AND NOT ${muted('x."recipientId"', 'PRACTICE', 'ctx."practiceId"::text')}
         AND NOT ${muted('x."recipientId"', 'TWINNING', 'ctx."twinningId"::text')}
         AND NOT ${muted('x."recipientId"', 'MEMBER', 'ctx."actorId"::text')}`;
    const text = `ctx."actorName" || CASE WHEN ctx."version" = 1 THEN ' ha aggiunto il documento ' || ${quoted('ctx."title"')}
        ELSE ' ha pubblicato la versione ' || ctx."version" || ' del documento ' || ${quoted('ctx."title"')} END
      || CASE WHEN ctx."twinningId" IS NULL THEN ' alla buona pratica ' ELSE ' del gemellaggio sulla buona pratica ' END
      || ${quoted('ctx."practiceTitle"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", NULL, NULL, ctx."practiceId", ctx."twinningId"`, 'ctx."documentId"'),
      [e.documentId, e.actorId, e.version],
    );
  }

  /**
   * A need was published and matched practices above the threshold (`practiceIds`, best first, only
   * those never matched with it before): their contacts, one row each, naming the best-ranked of
   * their practices, when they may see it; not the author, nor who muted the practice or the author.
   */
  async needMatched(em: EntityManager, e: { needId: string; actorId: string; practiceIds: string[] }): Promise<NotificationEntity[]> {
    if (!e.practiceIds.length) return [];
    const ctx = `
      SELECT n."id" AS "needId", n."title", ad."name" AS "administrationName", a."id" AS "actorId"
        FROM need n JOIN administration ad ON ad."id" = n."administrationId", member a
       WHERE n."id" = $1 AND a."id" = $2`;
    const candidates = `
      SELECT pc."memberId" AS "recipientId", 'NEED_MATCHED' AS "type", mp.rank AS "priority", pc."practiceId"
        FROM practice_contact pc
        JOIN unnest($3::uuid[]) WITH ORDINALITY AS mp(id, rank) ON mp.id = pc."practiceId"
        JOIN member m ON m."id" = pc."memberId", ctx
       WHERE EXISTS (SELECT 1 FROM practice vp WHERE vp."id" = pc."practiceId" AND ${visiblePracticeSql('vp', RECIPIENT)})
         AND NOT ${muted('pc."memberId"', 'PRACTICE', 'pc."practiceId"::text')}
         AND NOT ${muted('pc."memberId"', 'MEMBER', 'ctx."actorId"::text')}`;
    return em.query(
      `WITH ctx AS (${ctx}),
       candidate AS (${candidates}),
       chosen AS (
         SELECT DISTINCT ON (c."recipientId") c."recipientId", c."type", c."practiceId"
           FROM candidate c JOIN member r ON r."id" = c."recipientId" AND r."status" = 'ACTIVE', ctx
          WHERE c."recipientId" IS DISTINCT FROM ctx."actorId"
          ORDER BY c."recipientId", c."priority"
       )
       INSERT INTO notification ("recipientId", "type", "text", "actorId", "practiceId", "needId")
       SELECT ch."recipientId", ch."type",
              ctx."administrationName" || ' cerca ' || ${quoted('ctx."title"')} || ': corrisponde alla tua buona pratica ' || ${quoted('p."title"')},
              ctx."actorId", ch."practiceId", ctx."needId"
         FROM chosen ch JOIN practice p ON p."id" = ch."practiceId", ctx
       RETURNING *`,
      [e.needId, e.actorId, e.practiceIds],
    );
  }

  /**
   * An adoption was recorded (a new stage) or verified: the practice's WATCHING followers and its
   * contacts, when they may see the practice; not the actor, nor who muted the practice or the actor.
   * `stageName` is the Italian name of the adoption's stage.
   */
  async adoption(
    em: EntityManager,
    e: { adoptionId: string; actorId: string; verified: boolean; stageName: string },
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT ad."id" AS "adoptionId", p."id" AS "practiceId", p."title", adm."name" AS "administrationName",
             a."id" AS "actorId", a."displayName" AS "actorName"
        FROM adoption ad JOIN practice p ON p."id" = ad."practiceId" JOIN administration adm ON adm."id" = ad."administrationId", member a
       WHERE ad."id" = $1 AND a."id" = $2`;
    const candidates = `
      SELECT x."recipientId", 'ADOPTION' AS "type", 1 AS "priority"
        FROM (
          SELECT f."memberId" AS "recipientId" FROM follow f, ctx
           WHERE f."targetType" = 'PRACTICE' AND f."targetId" = ctx."practiceId"::text AND f."level" = 'WATCHING'
          UNION ALL
          SELECT pc."memberId" FROM practice_contact pc, ctx WHERE pc."practiceId" = ctx."practiceId"
        ) x
        JOIN member m ON m."id" = x."recipientId", ctx
       WHERE ${PRACTICE_VISIBLE}
         AND NOT ${muted('x."recipientId"', 'PRACTICE', 'ctx."practiceId"::text')}
         AND NOT ${muted('x."recipientId"', 'MEMBER', 'ctx."actorId"::text')}`;
    const text = `CASE WHEN $3::boolean
        THEN ctx."actorName" || ' ha verificato l''adozione della buona pratica ' || ${quoted('ctx."title"')} || ' da parte di ' || ctx."administrationName" || ' (' || $4::text || ')'
        ELSE ctx."administrationName" || ' ha registrato l''adozione della buona pratica ' || ${quoted('ctx."title"')} || ': ' || $4::text END`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", NULL, NULL, ctx."practiceId", NULL`, 'NULL', `NULL, ctx."adoptionId"`),
      [e.adoptionId, e.actorId, e.verified, e.stageName],
    );
  }

  /**
   * A member flagged a post: every moderator (ACTIVE MODERATOR or ADMIN) but the reporter and the
   * post's author (who would learn who flagged them), whatever they follow or mute, since the queue
   * is theirs to work. Points at the flagged post.
   */
  async newFlag(em: EntityManager, e: { postId: string; threadId: string; reporterId: string }): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT t."id" AS "threadId", t."title", p."id" AS "postId", au."displayName" AS "authorName",
             a."id" AS "actorId", a."displayName" AS "actorName"
        FROM post p JOIN thread t ON t."id" = p."threadId" JOIN member au ON au."id" = p."authorId", member a
       WHERE p."id" = $1 AND t."id" = $2 AND a."id" = $3`;
    const candidates = `
      SELECT m."id" AS "recipientId", 'NEW_FLAG' AS "type", 1 AS "priority"
        FROM member m WHERE ${canModerateSql('m')}
         AND m."id" <> (SELECT p."authorId" FROM post p WHERE p."id" = $1)`;
    const text = `ctx."actorName" || ' ha segnalato un messaggio di ' || ctx."authorName" || ' nella discussione ' || ${quoted('ctx."title"')}`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", ctx."threadId", ctx."postId", NULL, NULL`),
      [e.postId, e.threadId, e.reporterId],
    );
  }

  /**
   * A moderator acted on members' content or resolved their flags: the affected members
   * hear about it, even when the content is now hidden (it is their own).
   */
  async moderation(
    em: EntityManager,
    e: { action: string; moderatorId: string; affectedMemberIds: string[]; threadId: string | null; postId: string | null },
  ): Promise<NotificationEntity[]> {
    const ctx = `
      SELECT a."id" AS "actorId", a."displayName" AS "actorName", $3::text AS "action",
             $4::uuid AS "threadId", $5::uuid AS "postId",
             coalesce((SELECT t."title" FROM thread t WHERE t."id" = $4::uuid), '') AS "title"
        FROM member a WHERE a."id" = $2`;
    const candidates = `SELECT DISTINCT r AS "recipientId", 'MODERATION' AS "type", 1 AS "priority" FROM unnest($1::uuid[]) r`;
    const thread = quoted('ctx."title"');
    const text = `ctx."actorName" || CASE ctx."action"
        WHEN 'PIN' THEN ' ha messo in evidenza la tua discussione ' || ${thread}
        WHEN 'UNPIN' THEN ' ha tolto dall''evidenza la tua discussione ' || ${thread}
        WHEN 'LOCK' THEN ' ha chiuso la tua discussione ' || ${thread}
        WHEN 'UNLOCK' THEN ' ha riaperto la tua discussione ' || ${thread}
        WHEN 'HIDE_THREAD' THEN ' ha nascosto la tua discussione ' || ${thread}
        WHEN 'RESTORE_THREAD' THEN ' ha ripristinato la tua discussione ' || ${thread}
        WHEN 'HIDE_POST' THEN ' ha nascosto un tuo messaggio nella discussione ' || ${thread}
        WHEN 'RESTORE_POST' THEN ' ha ripristinato un tuo messaggio nella discussione ' || ${thread}
        WHEN 'MOVE' THEN ' ha spostato in un''altra categoria la tua discussione ' || ${thread}
        WHEN 'MERGE' THEN ' ha unito a un''altra la tua discussione ' || ${thread}
        WHEN 'FLAG_UPHELD' THEN ' ha accolto la tua segnalazione nella discussione ' || ${thread}
        WHEN 'FLAG_DISMISSED' THEN ' ha respinto la tua segnalazione nella discussione ' || ${thread}
        ELSE ' ha moderato un tuo contenuto' END`;
    return em.query(
      insertChosen(ctx, candidates, text, `ctx."actorId", ctx."threadId", ctx."postId", NULL, NULL`),
      [e.affectedMemberIds ?? [], e.moderatorId, e.action, e.threadId, e.postId],
    );
  }
}
