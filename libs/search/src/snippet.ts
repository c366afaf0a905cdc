/**
 * Sentinels that ts_headline puts around matches. User text may hold them too: the
 * search SQL turns them into spaces before headlining, so only ts_headline marks.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the snippet's text and turns the sentinels into <mark> elements. The marks
 * are always balanced and never nested: a stray sentinel is dropped, an open mark closed.
 */
export function toSnippetHtml(raw: string | null): string {
  const text = (raw ?? '').replace(/[\u0000\u0001\u0004-\u0008]/g, '').replace(/\s+/g, ' ').trim();
  let open = false;
  const html = text
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replace(/[\u0002\u0003]/g, (sentinel) => {
      if (sentinel === MARK_START && !open) {
        open = true;
        return '<mark>';
      }
      if (sentinel === MARK_END && open) {
        open = false;
        return '</mark>';
      }
      return '';
    });
  return open ? `${html}</mark>` : html;
}
