import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { planTextQuery, relaxTextQuery, RelaxedQuery, SynonymIndex, synonymIndex, TextPlan, Variant } from './practice-search.js';
import { MAX_VARIANTS, MIN_CORRECTED_CHARS, nearSpellings, synonymPairs } from './text-search.queries.js';

/** Fewer exact results than this and a query "finds little": near spellings and partial matches join in. */
export const FEW_RESULTS = 5;

/** E exact (with synonyms), F near spellings of mistyped words too, P any word of the query (ranked by how many). */
export type TextMode = 'E' | 'F' | 'P';
export const TEXT_MODES: readonly TextMode[] = ['E', 'F', 'P'];

/** The tsqueries (texts for `search_tsquery`) of one mode; `exact` and `segments` are null in mode E. */
export interface ModeQuery {
  tsquery: string;
  exact: string | null;
  segments: string[] | null;
}

export function modeQuery(mode: TextMode, plan: TextPlan, relaxed: RelaxedQuery | null): ModeQuery {
  if (mode === 'E' || !relaxed) return { tsquery: plan.exact, exact: null, segments: null };
  if (mode === 'F') return { tsquery: relaxed.fuzzy ?? plan.exact, exact: plan.exact, segments: null };
  return { tsquery: relaxed.partial ?? relaxed.fuzzy ?? plan.exact, exact: plan.exact, segments: relaxed.segments };
}

/** The first page of a text query in the mode it deserves. */
export interface TextFirstPage<R> {
  mode: TextMode;
  rows: R[];
  relaxed: RelaxedQuery | null;
  /** Results of the exact query, when fewer than FEW_RESULTS (else null). */
  exactCount: number | null;
}

/**
 * Turns what users type into tsqueries, for the catalogue and for the search box alike: the
 * words with their PA synonyms (table search_synonym), and, when those find little, near
 * spellings of mistyped words from the vocabulary of the indexed texts (table search_word),
 * then any of the words.
 */
@Injectable()
export class TextSearchService {
  // Synonyms change only with a migration, i.e. before the server starts: read once.
  private synonyms?: Promise<SynonymIndex>;

  constructor(private readonly dataSource: DataSource) {}

  async plan(input: string | null | undefined): Promise<TextPlan | null> {
    if (!input?.trim()) return null;
    return planTextQuery(input, await this.synonymIndex());
  }

  /**
   * Runs `run` exactly; when that finds fewer than FEW_RESULTS, with near spellings (if any
   * word has some), and when even that finds nothing, with any of the words (if `partial`
   * and the query has several). `limit` rows at most.
   */
  async firstPage<R>(plan: TextPlan, limit: number, partial: boolean, run: (query: ModeQuery, limit: number) => Promise<R[]>): Promise<TextFirstPage<R>> {
    const exact = await run(modeQuery('E', plan, null), Math.max(limit, FEW_RESULTS));
    if (exact.length >= FEW_RESULTS) return { mode: 'E', rows: exact.slice(0, limit), relaxed: null, exactCount: null };
    const relaxed = await this.relax(plan);
    let mode: TextMode = 'E';
    let rows = exact;
    if (relaxed.fuzzy) {
      mode = 'F';
      rows = await run(modeQuery('F', plan, relaxed), limit);
    }
    if (!rows.length && partial && relaxed.partial) {
      mode = 'P';
      rows = await run(modeQuery('P', plan, relaxed), limit);
    }
    return { mode, rows: rows.slice(0, limit), relaxed, exactCount: exact.length };
  }

  /** The query of a mode, for the pages after the first. */
  async modeQuery(mode: TextMode, plan: TextPlan): Promise<{ query: ModeQuery; relaxed: RelaxedQuery | null }> {
    const relaxed = mode === 'E' ? null : await this.relax(plan);
    return { query: modeQuery(mode, plan, relaxed), relaxed };
  }

  /**
   * "Forse cercavi": the query with its mistyped words corrected, when the exact query finds
   * fewer than FEW_RESULTS (`exactCount`) and the corrected one finds more (`count`, exact,
   * for the same viewer and filters). Words of texts the viewer cannot see never come back.
   */
  async suggestion(plan: TextPlan, relaxed: RelaxedQuery | null, exactCount: number, count: (exactTsquery: string, cap: number) => Promise<number>): Promise<string | null> {
    if (exactCount >= FEW_RESULTS) return null;
    const corrected = (relaxed ?? (await this.relax(plan))).corrected;
    const correctedPlan = corrected ? await this.plan(corrected) : null;
    if (!correctedPlan || correctedPlan.exact === plan.exact) return null;
    return (await count(correctedPlan.exact, exactCount + 1)) > exactCount ? correctedPlan.text : null;
  }

  /** Near spellings, from the vocabulary, of the words no indexed text holds. */
  async relax(plan: TextPlan): Promise<RelaxedQuery> {
    const candidates = plan.segments
      .map((segment, index) => ({ segment, index }))
      .filter(({ segment }) => !segment.alternatives.length && segment.words[0].length >= MIN_CORRECTED_CHARS && /\p{L}/u.test(segment.words[0]));
    const variants = new Map<number, Variant[]>();
    if (candidates.length) {
      const rows = await nearSpellings(
        this.dataSource,
        candidates.map((c) => c.segment.words[0]),
        candidates.map((c) => c.segment.prefix),
      );
      for (const row of rows) {
        const index = candidates[row.i - 1].index;
        const list = variants.get(index) ?? [];
        if (list.length < MAX_VARIANTS && !list.some((v) => v.lexeme === row.lexeme)) list.push({ word: row.word, lexeme: row.lexeme, similarity: Number(row.sim) });
        variants.set(index, list);
      }
    }
    return relaxTextQuery(plan, variants);
  }

  private synonymIndex(): Promise<SynonymIndex> {
    this.synonyms ??= synonymPairs(this.dataSource).then(synonymIndex, (err: unknown) => {
      this.synonyms = undefined;
      throw err;
    });
    return this.synonyms;
  }
}
