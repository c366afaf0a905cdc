import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Queryable } from '@app/core';
import type { Theme } from '@app/members';
import { matchReasons } from './match-weights.js';
import { matchPractices } from './match.queries.js';
import type { PracticeMatch } from './practice-match.model.js';

/** Explainable matching of published practices to a need (see match.queries.ts and match-weights.ts). */
@Injectable()
export class MatchService {
  constructor(private readonly dataSource: DataSource) {}

  async match(
    q: { text: string; themes: Theme[]; administrationId: string | null; first: number },
    em?: EntityManager,
  ): Promise<PracticeMatch[]> {
    const db: Queryable = em ?? this.dataSource;
    const rows = await matchPractices(db, { text: q.text, themes: [...new Set(q.themes)], administrationId: q.administrationId, limit: q.first });
    return rows.map((r) => ({ practiceId: r.practiceId, score: r.score, reasons: matchReasons(r) }));
  }
}
