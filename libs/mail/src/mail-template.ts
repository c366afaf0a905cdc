import Handlebars from 'handlebars';
import juice from 'juice';
import type { OutgoingEmail } from './outbox.js';
import { LAYOUT } from './templates/layout.js';

/** One line of a list in an e-mail: a notification, a thread, a practice. */
export interface MailItem {
  title: string;
  text?: string;
  /** Absolute (every link of an e-mail starts with PUBLIC_URL). */
  url?: string;
  linkLabel?: string;
}

export interface MailSection {
  title?: string;
  items: MailItem[];
}

/** What an e-mail says, as plain text; the renderer makes the HTML and the text part from it. */
export interface MailContent {
  to: string;
  subject: string;
  /** The line mail clients show beside the subject. */
  preheader?: string;
  /** Paragraphs before the lists; URLs become links. */
  paragraphs: string[];
  sections?: MailSection[];
  /** The main button. */
  action?: { label: string; url: string };
  /** Paragraphs after the lists and the button. */
  closing?: string[];
  /** Small print: why the e-mail came, how to stop it. */
  footer?: string[];
  headers?: Record<string, string>;
  dedupeKey?: string;
}

const layout = Handlebars.compile(LAYOUT, { strict: false });

/** Escapes text for HTML (unlike Handlebars' own escaping, `=` stays readable in links). */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A paragraph of plain text as HTML: escaped, URLs made links, line breaks kept. */
function paragraphHtml(text: string): string {
  return escape(text)
    .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
    .replace(/\n/g, '<br>');
}

/** The plain-text part: the same content, links written out, lists as indented lines. */
function plainText(content: MailContent): string {
  const blocks: string[] = [...content.paragraphs];
  for (const section of content.sections ?? []) {
    const lines = section.items.map((item) =>
      [`- ${item.title}`, item.text ? `  ${item.text.replace(/\n/g, '\n  ')}` : '', item.url ? `  ${item.url}` : ''].filter(Boolean).join('\n'),
    );
    blocks.push([section.title ? `${section.title}:` : '', ...lines].filter(Boolean).join('\n\n'));
  }
  if (content.action) blocks.push(`${content.action.label}: ${content.action.url}`);
  blocks.push(...(content.closing ?? []));
  if (content.footer?.length) blocks.push(`--\n${content.footer.join('\n')}`);
  return blocks.join('\n\n');
}

/**
 * Renders an e-mail: HTML from one Handlebars layout with its CSS inlined by juice (Outlook and
 * Gmail ignore `<style>`), and a plain-text part with the same words and links.
 */
export function renderEmail(content: MailContent): OutgoingEmail {
  const html = juice(
    layout({
      subject: escape(content.subject),
      preheader: content.preheader && escape(content.preheader),
      paragraphs: content.paragraphs.map(paragraphHtml),
      sections: content.sections?.map((section) => ({
        title: section.title && escape(section.title),
        items: section.items.map((item) => ({
          title: escape(item.title),
          text: item.text && paragraphHtml(item.text),
          url: item.url && escape(item.url),
          linkLabel: item.linkLabel && escape(item.linkLabel),
        })),
      })),
      action: content.action && { label: escape(content.action.label), url: escape(content.action.url) },
      closing: (content.closing ?? []).map(paragraphHtml),
      footer: content.footer?.map(paragraphHtml),
    }),
    { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true },
  );
  return {
    to: content.to,
    subject: content.subject,
    text: plainText(content),
    html,
    ...(content.headers ? { headers: content.headers } : {}),
    ...(content.dedupeKey ? { dedupeKey: content.dedupeKey } : {}),
  };
}

/** An e-mail of plain paragraphs in the common layout. */
export function paragraphsEmail(to: string, subject: string, paragraphs: string[], headers?: Record<string, string>): OutgoingEmail {
  return renderEmail({ to, subject, paragraphs, ...(headers ? { headers } : {}) });
}
