const MAX_QUERY_CHARS = 200;
const MAX_WORDS = 12;
const MIN_PREFIX_CHARS = 3;
/** The longest synonym term, in words, that a query is matched against. */
const MAX_TERM_WORDS = 8;

/** A user's free text turned into safe search inputs. */
export interface TextQuery {
  /** A `to_tsquery` expression made only of letters and digits joined by `&`, the last word a prefix. */
  tsquery: string;
  /** The words, lower-case, space separated. */
  text: string;
  words: string[];
}

/**
 * Users type words, not syntax: quotes, operators, SQL or markup are separators, never errors.
 * Only runs of letters and digits survive, so the tsquery cannot be malformed; the last word
 * matches as a prefix so results appear while typing ("digitale" also finds "digitalizzazione",
 * whose Italian stem differs; `search_tsquery` in SQL drops the prefix of stems under 4 letters,
 * so "bari" does not find "barcellona").
 */
export function parseTextQuery(input: string | null | undefined): TextQuery | null {
  if (!input) return null;
  const words = (input.slice(0, MAX_QUERY_CHARS).normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (!words.length) return null;
  const last = words.length - 1;
  const tsquery = words.map((w, i) => (i === last && w.length >= MIN_PREFIX_CHARS ? `${w}:*` : w)).join(' & ');
  return { tsquery, text: words.join(' '), words };
}

/** Lower case without accents: how query words are compared with synonym terms and the vocabulary. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** Synonym alternatives by folded term ("sportello unico" -> ["suap", "sue"]), terms and alternatives as normalised words. */
export type SynonymIndex = ReadonlyMap<string, readonly string[]>;

export function synonymIndex(pairs: ReadonlyArray<{ term: string; alternative: string }>): SynonymIndex {
  const index = new Map<string, string[]>();
  for (const { term, alternative } of pairs) {
    const key = foldText(term);
    const list = index.get(key) ?? [];
    if (!list.includes(alternative)) list.push(alternative);
    index.set(key, list);
  }
  return index;
}

/** One unit of a query: a synonym term (several words possibly) or a single word. */
export interface Segment {
  words: string[];
  /** Other terms that this one also finds (synonym terms only). */
  alternatives: readonly string[];
  /** The query's last word, matched as a prefix (single words only). */
  prefix: boolean;
}

/** Splits the words into segments, the longest synonym term first at each position. */
export function segmentWords(words: string[], synonyms: SynonymIndex): Segment[] {
  const segments: Segment[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(MAX_TERM_WORDS, words.length - i); n >= 1 && !matched; n--) {
      if (synonyms.has(foldText(words.slice(i, i + n).join(' ')))) matched = n;
    }
    if (matched) {
      const term = words.slice(i, i + matched);
      segments.push({ words: term, alternatives: synonyms.get(foldText(term.join(' ')))!, prefix: false });
      i += matched;
    } else {
      segments.push({ words: [words[i]], alternatives: [], prefix: i === words.length - 1 && words[i].length >= MIN_PREFIX_CHARS });
      i += 1;
    }
  }
  return segments;
}

const SAFE_WORD = /^[\p{L}\p{N}]+$/u;
const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => SAFE_WORD.test(w));

/**
 * A segment as a `to_tsquery` expression: the words as typed (AND, the last a prefix), OR each
 * synonym (its words ANDed, in any order) and each near spelling of a mistyped word.
 */
export function segmentTsquery(segment: Segment, variants: readonly string[] = []): string {
  const own = segment.words.map((w) => (segment.prefix ? `${w}:*` : w)).join(' & ');
  const options = [own, ...segment.alternatives.map((a) => wordsOf(a).join(' & ')), ...variants.filter((v) => SAFE_WORD.test(v))]
    .filter(Boolean)
    .map((o) => (o.includes(' & ') ? `(${o})` : o));
  return options.length === 1 ? options[0] : `(${options.join(' | ')})`;
}

/** A query ready for SQL: its segments and the exact tsquery (every segment, synonyms included). */
export interface TextPlan {
  text: string;
  words: string[];
  segments: Segment[];
  exact: string;
}

export function planTextQuery(input: string | null | undefined, synonyms: SynonymIndex): TextPlan | null {
  const parsed = parseTextQuery(input);
  if (!parsed) return null;
  const segments = segmentWords(parsed.words, synonyms);
  return { text: parsed.text, words: parsed.words, segments, exact: segments.map((s) => segmentTsquery(s)).join(' & ') };
}

/** Near spellings of a segment's word from the vocabulary, best first. */
export interface Variant {
  word: string;
  lexeme: string;
  similarity: number;
}

/** The looser forms of a query, used when its exact form finds little. */
export interface RelaxedQuery {
  /** Every segment, mistyped words ORed with their near spellings; null when no word has one. */
  fuzzy: string | null;
  /** Any segment (with near spellings), for partial matches; null for a single segment. */
  partial: string | null;
  /** Each segment's tsquery (with near spellings): a partial match scores one per segment it holds. */
  segments: string[];
  /** The query with each mistyped word replaced by its nearest spelling ("forse cercavi"); null when none. */
  corrected: string | null;
}

export function relaxTextQuery(plan: TextPlan, variants: ReadonlyMap<number, readonly Variant[]>): RelaxedQuery {
  const segments = plan.segments.map((s, i) => segmentTsquery(s, (variants.get(i) ?? []).map((v) => v.word)));
  const corrected = plan.segments.map((s, i) => variants.get(i)?.[0]?.word ?? s.words.join(' '));
  const anyVariant = [...variants.values()].some((v) => v.length > 0);
  return {
    fuzzy: anyVariant ? segments.join(' & ') : null,
    partial: segments.length > 1 ? segments.join(' | ') : null,
    segments,
    corrected: anyVariant ? corrected.join(' ') : null,
  };
}
