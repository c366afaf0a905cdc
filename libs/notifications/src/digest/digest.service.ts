import { Injectable } from '@nestjs/common';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { BadUserInputError, ViewerContext } from '@app/core';
import { PostEntity, ThreadEntity } from '@app/forum';
import { PracticeEntity } from '@app/practices';
import * as queries from './digest.queries.js';

const DEFAULT_DAYS = 7;

export interface DigestData {
  since: Date;
  newThreads: ThreadEntity[];
  activeThreads: ThreadEntity[];
  updatedPractices: PracticeEntity[];
  newPractices: PracticeEntity[];
  usefulPosts: PostEntity[];
}

/**
 * What happened since a moment in what the member follows, as the member may see it: five
 * set-based queries of ids (digest.queries.ts) and one load per kind of row, so the cost does not
 * grow with the number of follows.
 */
@Injectable()
export class DigestService {
  constructor(private readonly dataSource: DataSource) {}

  async digest(viewer: ViewerContext, sinceArg: Date | null | undefined): Promise<DigestData> {
    viewer.assertCanReadPrivate();
    const since = await this.since(viewer.memberId, sinceArg);
    const db = this.dataSource;
    const [newThreadIds, activeThreadIds, updatedPracticeIds, newPracticeIds, usefulPostIds] = await Promise.all([
      queries.newThreadIds(db, viewer, since),
      queries.activeThreadIds(db, viewer, since),
      queries.updatedPracticeIds(db, viewer, since),
      queries.newPracticeIds(db, viewer, since),
      queries.usefulPostIds(db, viewer, since),
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
    return (await queries.previousVisit(this.dataSource, memberId)) ?? new Date(Date.now() - DEFAULT_DAYS * 24 * 3600 * 1000);
  }

  private async load<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, ids: string[]): Promise<Map<string, E>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never);
    return new Map(rows.map((r) => [r.id, r]));
  }
}
