import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in Markdown is shown as text (html: false); the sanitiser is a second wall.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 's', 'del',
    'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
    code: ['class'],
  },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[a-z0-9+#-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow noopener noreferrer', ...(attribs.href?.startsWith('/') ? {} : { target: '_blank' }) },
    }),
  },
};

/** Sanitises HTML to the allowlist above; idempotent. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Markdown as written by a member to the HTML shown to everyone: rendered once, on write. */
export function renderMarkdown(source: string): string {
  return sanitize(markdown.render(source));
}

const MENTION = /(^|[^\w@/.`-])@([a-z0-9._-]{3,30})/gi;

/** The distinct @handles named in a Markdown body, outside code spans and blocks, lower-cased. */
export function extractMentions(source: string): string[] {
  const withoutCode = source.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const handles = new Set<string>();
  for (const match of withoutCode.matchAll(MENTION)) {
    handles.add(match[2].toLowerCase().replace(/[.]+$/, ''));
  }
  return [...handles].filter((h) => h.length >= 3);
}
