import { BadUserInputError } from '@app/core';

export const MAX_TAGS = 5;
/** A stored tag: lower-case letters and digits, then also . _ + -, at most 30 characters. */
export const TAG_PATTERN = /^[\p{Ll}\p{Nd}][\p{Ll}\p{Nd}._+-]{0,29}$/u;

/** One tag as stored: trimmed, lower-cased, inner spaces as hyphens. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Lower-cased and deduplicated (first occurrence wins); more than five, or a malformed one, is BAD_USER_INPUT. */
export function normaliseTags(tags: readonly string[] | null | undefined): string[] {
  const distinct = [...new Set((tags ?? []).map(normaliseTag).filter(Boolean))];
  const invalid = distinct.find((t) => !TAG_PATTERN.test(t));
  if (invalid !== undefined) {
    throw BadUserInputError.field('tags', `etichetta non valida: "${invalid}" (lettere, cifre, . _ + -, al massimo 30 caratteri)`);
  }
  if (distinct.length > MAX_TAGS) throw BadUserInputError.field('tags', `al massimo ${MAX_TAGS} etichette`);
  return distinct;
}
