import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { BadUserInputError, readerOf, SqlParams, SqlReader, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity, visiblePostSql, visibleThreadSql } from '@app/forum';
import { PracticeEntity, PracticeStatus, visiblePracticeSql } from '@app/practices';

export const DIGEST_LIMIT = 20;
const DEFAULT_DAYS = 7;

export interface DigestData {
  since: Date;
  newThreads: ThreadEntity[];
  activeThreads: ThreadEntity[];
  updatedPractices: PracticeEntity[];
  newPractices: PracticeEntity[];
  usefulPosts: PostEntity[];
}

/** A MUTED follow of the member `me` (a bound parameter) on a target. */
const muted = (me: string, type: string, target: string) =>
  `EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${me} AND mf."targetType" = '${type}' AND mf."targetId" = ${target} AND mf."level" = 'MUTED')`;

/** What one digest query is given: the member (`me`), the start (`since`), the limit and the member as a reader. */
interface DigestQueryArgs {
  me: string;
  since: string;
  limit: string;
  reader: SqlReader;
}

/**
 * What happened since a moment in what the member follows, as the member may see it (the
 * forum's and the practices' visibility rules). Five set-based queries of ids (each joins the
 * member's follows once, whatever their number) and one load per kind of row: the cost does not
 * grow with the number of follows.
 */
@Injectable()
export class DigestService {
  constructor(private readonly dataSource: DataSource) {}

  async digest(viewer: ViewerContext, sinceArg: Date | null | undefined): Promise<DigestData> {
    viewer.assertCanReadPrivate();
    const since = await this.since(viewer.memberId, sinceArg);
    const ids = (build: (args: DigestQueryArgs) => string): Promise<string[]> => {
      const params = new SqlParams();
      const sql = build({ me: `${params.p(viewer.memberId)}::uuid`, since: params.p(since), limit: params.p(DIGEST_LIMIT), reader: readerOf(viewer, params.p) });
      return this.dataSource.query(sql, params.values).then((rows: Array<{ id: string }>) => rows.map((r) => r.id));
    };

    const [newThreadIds, activeThreadIds, updatedPracticeIds, newPracticeIds, usefulPostIds] = await Promise.all([
      ids(
        ({ me, since, limit, reader }) => `
        SELECT t."id" FROM thread t
         WHERE t."createdAt" > ${since} AND ${visibleThreadSql('t', reader)} AND t."authorId" <> ${me}
           AND EXISTS (SELECT 1 FROM follow f WHERE f."memberId" = ${me} AND f."level" IN ('WATCHING', 'WATCHING_FIRST_POST')
                         AND ((f."targetType" = 'CATEGORY' AND f."targetId" = t."categoryId"::text)
                           OR (f."targetType" = 'TAG' AND f."targetId" = ANY(t."tags"))
                           OR (f."targetType" = 'MEMBER' AND f."targetId" = t."authorId"::text)))
           AND NOT ${muted(me, 'THREAD', 't."id"::text')} AND NOT ${muted(me, 'CATEGORY', 't."categoryId"::text')}
           AND NOT ${muted(me, 'MEMBER', 't."authorId"::text')}
           AND NOT EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = ${me} AND mf."targetType" = 'TAG'
                             AND mf."targetId" = ANY(t."tags") AND mf."level" = 'MUTED')
         ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ${limit}`,
      ),
      ids(
        ({ me, since, limit, reader }) => `
        SELECT t."id" FROM follow f JOIN thread t ON t."id"::text = f."targetId"
         WHERE f."memberId" = ${me} AND f."targetType" = 'THREAD' AND f."level" = 'WATCHING'
           AND ${visibleThreadSql('t', reader)} AND t."lastActivityAt" > ${since}
           AND EXISTS (SELECT 1 FROM post p WHERE p."threadId" = t."id" AND p."createdAt" > ${since} AND p."authorId" <> ${me}
                         AND ${visiblePostSql('p', reader, { threadShown: true })})
         ORDER BY t."lastActivityAt" DESC, t."id" DESC LIMIT ${limit}`,
      ),
      ids(
        ({ me, since, limit, reader }) => `
        SELECT p."id" FROM follow f JOIN practice p ON p."id"::text = f."targetId"
          JOIN LATERAL (SELECT max(u."createdAt") AS "at" FROM practice_update u
                         WHERE u."practiceId" = p."id" AND u."createdAt" > ${since} AND u."authorId" <> ${me}) last ON last."at" IS NOT NULL
         WHERE f."memberId" = ${me} AND f."targetType" = 'PRACTICE' AND f."level" = 'WATCHING'
           AND ${visiblePracticeSql('p', reader)}
         ORDER BY last."at" DESC, p."id" DESC LIMIT ${limit}`,
      ),
      // New in the catalogue: published ones only (drafts are not news yet, archived ones no longer).
      ids(
        ({ me, since, limit }) => `
        SELECT p."id" FROM practice p, member m
         WHERE m."id" = ${me} AND p."status" = '${PracticeStatus.PUBLISHED}' AND p."createdAt" > ${since} AND p."themes" && m."expertise"
         ORDER BY p."createdAt" DESC, p."id" DESC LIMIT ${limit}`,
      ),
      ids(
        ({ me, since, limit, reader }) => `
        SELECT p."id" FROM (
            SELECT um."postId", count(*) AS marks FROM useful_mark um WHERE um."createdAt" > ${since} GROUP BY um."postId"
          ) marked
          JOIN post p ON p."id" = marked."postId" JOIN thread t ON t."id" = p."threadId"
         WHERE ${visiblePostSql('p', reader, { thread: 't' })} AND NOT ${muted(me, 'THREAD', 't."id"::text')}
         ORDER BY marked.marks DESC, p."createdAt" DESC, p."id" DESC LIMIT ${limit}`,
      ),
    ]);

    const [threads, practices, posts] = await Promise.all([
      this.load(ThreadEntity, [...newThreadIds, ...activeThreadIds]),
      this.load(PracticeEntity, [...updatedPracticeIds, ...newPracticeIds]),
      this.load(PostEntity, usefulPostIds),
    ]);
    const pick = <T>(map: Map<string, T>, list: string[]) => list.map((id) => map.get(id)).filter((x): x is T => !!x);
    return {
      since,
      newThreads: pick(threads, newThreadIds),
      activeThreads: pick(threads, activeThreadIds),
      updatedPractices: pick(practices, updatedPracticeIds),
      newPractices: pick(practices, newPracticeIds),
      usefulPosts: pick(posts, usefulPostIds),
    };
  }

  /** The given moment, else the member's previous visit, else seven days ago. */
  private async since(memberId: string, since: Date | null | undefined): Promise<Date> {
    if (since) {
      if (Number.isNaN(since.getTime()) || since.getTime() > Date.now()) {
        throw BadUserInputError.field('since', 'deve essere una data passata');
      }
      return since;
    }
    const [row] = await this.dataSource.query(`SELECT "previousSeenAt" FROM member WHERE "id" = $1`, [memberId]);
    return row?.previousSeenAt ?? new Date(Date.now() - DEFAULT_DAYS * 24 * 3600 * 1000);
  }

  private async load<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, ids: string[]): Promise<Map<string, E>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never);
    return new Map(rows.map((r) => [r.id, r]));
  }
}
