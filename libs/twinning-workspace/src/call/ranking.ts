/** A criterion's weight, and an application's scores by criterion id. */
export interface RankedCriterion {
  id: string;
  weight: number;
}

export interface RankInput {
  id: string;
  createdAt: Date;
  scores: ReadonlyMap<string, number>;
}

export interface Ranked {
  id: string;
  total: number;
  rank: number;
  selected: boolean;
}

/** sum(weight x score) / sum(weight) once every criterion is scored, else null. */
export function weightedTotal(criteria: readonly RankedCriterion[], scores: ReadonlyMap<string, number>): number | null {
  if (!criteria.length) return null;
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = scores.get(c.id);
    if (score === undefined) return null;
    sum += c.weight * score;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

/**
 * The ranking of fully scored applications: by weighted total, highest first; equal totals
 * (to 1e-9) go to the earlier application, then by id so that the order is always the same.
 * The first `seats` are selected.
 */
export function rankApplications(criteria: readonly RankedCriterion[], applications: readonly RankInput[], seats: number): Ranked[] {
  const scored = applications.map((a) => {
    const total = weightedTotal(criteria, a.scores);
    if (total === null) throw new Error(`application ${a.id} is not fully scored`);
    return { ...a, total };
  });
  scored.sort((a, b) => {
    if (Math.abs(a.total - b.total) > 1e-9) return b.total - a.total;
    const byTime = a.createdAt.getTime() - b.createdAt.getTime();
    return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return scored.map((a, i) => ({ id: a.id, total: a.total, rank: i + 1, selected: i < seats }));
}
