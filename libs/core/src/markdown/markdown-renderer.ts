import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in Markdown is shown as text (html: false); the sanitiser is a second wall.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

/** What a rendering may embed; unset means no remote image at all. */
export interface MarkdownOptions {
  /** Hosts (lower case, as in ALLOWED_IMAGE_HOSTS) whose images stay images. */
  allowedImageHosts?: readonly string[];
}

const LINK_REL = 'nofollow noopener noreferrer';

// Resolving against bases of our own tells a same-origin path from a remote URL exactly as a
// browser would (backslashes, "//host", "https:host" on an http page), without parsing URLs by
// hand. Both schemes, because "https:host/x" is a path on an https page but a host on an http one.
const SAME_ORIGIN_BASES = ['https://same-origin.invalid', 'http://same-origin.invalid'];

function resolve(src: string, base: string): URL | null {
  try {
    return new URL(src, base);
  } catch {
    return null;
  }
}

/** A same-origin image, or a remote one from a listed host: loading it tells no third party who reads. */
function isEmbeddable(src: string, allowedHosts: readonly string[]): boolean {
  const urls = SAME_ORIGIN_BASES.map((base) => resolve(src, base));
  if (urls.every((url, i) => url?.origin === SAME_ORIGIN_BASES[i])) return true;
  // URL lower-cases the host of http(s) URLs.
  return urls.every((url) => !!url && /^https?:$/.test(url.protocol) && (allowedHosts.includes(url.host) || allowedHosts.includes(url.hostname)));
}

// A path of this site opens in place; anything else in a new tab. Judged as the sanitiser reads
// an href (control characters and spaces ignored), so that an href it then drops ("//host")
// gets the same target as a link without one, and a second pass changes nothing.
function linkAttributes(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const local = /^\/(?![/\\])/.test((attribs.href ?? '').replace(/[\x00-\x20]+/g, ''));
  return { ...attribs, rel: LINK_REL, ...(local ? {} : { target: '_blank' }) };
}

const BASE_OPTIONS: sanitizeHtml.IOptions = {
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
};

function sanitizeOptions(allowedHosts: readonly string[]): sanitizeHtml.IOptions {
  return {
    ...BASE_OPTIONS,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: linkAttributes(attribs) }),
      // A remote image would tell its host the address of everyone who reads the page: unless the
      // host is listed, it becomes a link to the image, named by its alt text (the sanitiser then
      // checks the href like any other link's).
      img: (tagName, attribs) => {
        const src = attribs.src ?? '';
        if (isEmbeddable(src, allowedHosts)) return { tagName, attribs };
        const link: sanitizeHtml.Attributes = src ? { href: src } : {};
        if (attribs.title) link.title = attribs.title;
        const text = attribs.alt?.trim() || (/^https?:/i.test(src) ? src : 'immagine');
        return { tagName: 'a', attribs: linkAttributes(link), text };
      },
    },
  };
}

const DEFAULT_OPTIONS = sanitizeOptions([]);

function insideLink(tokens: Token[], idx: number): boolean {
  let depth = 0;
  for (let i = 0; i < idx; i++) {
    if (tokens[i].type === 'link_open') depth++;
    else if (tokens[i].type === 'link_close') depth--;
  }
  return depth > 0;
}

// A link cannot hold another link: an image inside one (a badge) that may not be embedded keeps
// only its alt text, inside the outer link. Any other image is left to the sanitiser.
const renderImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const hosts = (env as MarkdownOptions).allowedImageHosts ?? [];
  if (insideLink(tokens, idx) && !isEmbeddable(String(token.attrGet('src') ?? ''), hosts)) {
    return markdown.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env).trim() || 'immagine');
  }
  return renderImage(tokens, idx, options, env, self);
};

/** Sanitises HTML to the allowlist above, remote images of unlisted hosts turned into links; idempotent. */
export function sanitize(html: string, options: MarkdownOptions = {}): string {
  const hosts = options.allowedImageHosts ?? [];
  return sanitizeHtml(html, hosts.length ? sanitizeOptions(hosts) : DEFAULT_OPTIONS);
}

/** Markdown as written by a member to the HTML shown to everyone: rendered once, on write. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  // A fresh env per call: markdown-it keeps the document's link references in it.
  const env = { allowedImageHosts: options.allowedImageHosts ?? [] };
  return sanitize(markdown.render(source, env), options);
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
