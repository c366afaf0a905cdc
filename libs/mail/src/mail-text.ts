import type { OutgoingEmail } from './outbox.js';

/** Escapes text for the HTML part of an e-mail. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An e-mail's HTML part from paragraphs of plain text, links made clickable. */
export function paragraphsToHtml(paragraphs: string[]): string {
  const body = paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="it"><body style="font-family:sans-serif;line-height:1.5">\n${body}\n</body></html>`;
}

/** An e-mail of plain paragraphs: the text part joins them, the HTML part is `paragraphsToHtml`. */
export function paragraphsEmail(to: string, subject: string, paragraphs: string[], headers?: Record<string, string>): OutgoingEmail {
  return { to, subject, text: paragraphs.join('\n\n'), html: paragraphsToHtml(paragraphs), ...(headers ? { headers } : {}) };
}
