/** Sentinels that ts_headline puts around matches; chosen so they cannot occur in user text. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the snippet's text and turns the sentinels into <mark> elements. */
export function toSnippetHtml(raw: string | null): string {
  const text = (raw ?? '').replace(/[\u0000\u0001\u0004-\u0008]/g, '').replace(/\s+/g, ' ').trim();
  return text
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}
