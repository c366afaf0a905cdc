import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { BadUserInputError, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity } from '@app/forum';
import { PracticeEntity } from '@app/practices';

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

/** A MUTED follow of member $1 on a target. */
const muted = (type: string, target: string) =>
  `EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = $1 AND mf."targetType" = '${type}' AND mf."targetId" = ${target} AND mf."level" = 'MUTED')`;

/**
 * What happened since a moment in what the member follows. Five set-based queries of
 * ids (each joins the member's follows once, whatever their number) and one load per
 * kind of row: the cost does not grow with the number of follows.
 */
@Injectable()
export class DigestService {
  constructor(private readonly dataSource: DataSource) {}

  async digest(viewer: ViewerContext, sinceArg: Date | null | undefined): Promise<DigestData> {
    viewer.assertCanReadPrivate();
    const since = await this.since(viewer.memberId, sinceArg);
    const params = [viewer.memberId, since, DIGEST_LIMIT];
    const ids = (sql: string) => this.dataSource.query(sql, params).then((rows: Array<{ id: string }>) => rows.map((r) => r.id));

    const [newThreadIds, activeThreadIds, updatedPracticeIds, newPracticeIds, usefulPostIds] = await Promise.all([
      ids(`
        SELECT t."id" FROM thread t
         WHERE t."createdAt" > $2 AND NOT t."hidden" AND t."authorId" <> $1
           AND EXISTS (SELECT 1 FROM follow f WHERE f."memberId" = $1 AND f."level" IN ('WATCHING', 'WATCHING_FIRST_POST')
                         AND ((f."targetType" = 'CATEGORY' AND f."targetId" = t."categoryId"::text)
                           OR (f."targetType" = 'TAG' AND f."targetId" = ANY(t."tags"))
                           OR (f."targetType" = 'MEMBER' AND f."targetId" = t."authorId"::text)))
           AND NOT ${muted('THREAD', 't."id"::text')} AND NOT ${muted('CATEGORY', 't."categoryId"::text')}
           AND NOT ${muted('MEMBER', 't."authorId"::text')}
           AND NOT EXISTS (SELECT 1 FROM follow mf WHERE mf."memberId" = $1 AND mf."targetType" = 'TAG'
                             AND mf."targetId" = ANY(t."tags") AND mf."level" = 'MUTED')
         ORDER BY t."createdAt" DESC, t."id" DESC LIMIT $3`),
      ids(`
        SELECT t."id" FROM follow f JOIN thread t ON t."id"::text = f."targetId"
         WHERE f."memberId" = $1 AND f."targetType" = 'THREAD' AND f."level" = 'WATCHING'
           AND NOT t."hidden" AND t."lastActivityAt" > $2
           AND EXISTS (SELECT 1 FROM post p WHERE p."threadId" = t."id" AND p."createdAt" > $2 AND p."authorId" <> $1 AND NOT p."hidden")
         ORDER BY t."lastActivityAt" DESC, t."id" DESC LIMIT $3`),
      ids(`
        SELECT p."id" FROM follow f JOIN practice p ON p."id"::text = f."targetId"
          JOIN LATERAL (SELECT max(u."createdAt") AS "at" FROM practice_update u
                         WHERE u."practiceId" = p."id" AND u."createdAt" > $2 AND u."authorId" <> $1) last ON last."at" IS NOT NULL
         WHERE f."memberId" = $1 AND f."targetType" = 'PRACTICE' AND f."level" = 'WATCHING'
           AND (p."status" <> 'DRAFT' OR EXISTS (SELECT 1 FROM practice_contact pc WHERE pc."practiceId" = p."id" AND pc."memberId" = $1))
         ORDER BY last."at" DESC, p."id" DESC LIMIT $3`),
      ids(`
        SELECT p."id" FROM practice p, member m
         WHERE m."id" = $1 AND p."status" = 'PUBLISHED' AND p."createdAt" > $2 AND p."themes" && m."expertise"
         ORDER BY p."createdAt" DESC, p."id" DESC LIMIT $3`),
      ids(`
        SELECT p."id" FROM (
            SELECT um."postId", count(*) AS marks FROM useful_mark um WHERE um."createdAt" > $2 GROUP BY um."postId"
          ) marked
          JOIN post p ON p."id" = marked."postId" JOIN thread t ON t."id" = p."threadId"
         WHERE NOT p."hidden" AND NOT t."hidden" AND NOT ${muted('THREAD', 't."id"::text')}
         ORDER BY marked.marks DESC, p."createdAt" DESC, p."id" DESC LIMIT $3`),
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
