const MAX_QUERY_CHARS = 200;
const MAX_WORDS = 12;
const MIN_PREFIX_CHARS = 3;

/** A user's free text turned into safe search inputs. */
export interface TextQuery {
  /** A `to_tsquery` expression made only of letters and digits joined by `&`, the last word a prefix. */
  tsquery: string;
  /** The words, lower-case, space separated: for trigram similarity. */
  text: string;
}

/**
 * Users type words, not syntax: quotes, operators, SQL or markup are separators, never errors.
 * Only runs of letters and digits survive, so the tsquery cannot be malformed; the last word
 * matches as a prefix so results appear while typing ("digitale" also finds "digitalizzazione",
 * whose Italian stem differs).
 */
export function parseTextQuery(input: string | null | undefined): TextQuery | null {
  if (!input) return null;
  const words = (input.slice(0, MAX_QUERY_CHARS).normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (!words.length) return null;
  const last = words.length - 1;
  const tsquery = words.map((w, i) => (i === last && w.length >= MIN_PREFIX_CHARS ? `${w}:*` : w)).join(' & ');
  return { tsquery, text: words.join(' ') };
}
