const MAX_SLUG = 200;

/**
 * A URL slug from a title: lower-case ASCII letters and digits separated by single hyphens,
 * accents stripped ("Attività produttive" -> "attivita-produttive"), cut at a word boundary.
 */
export function slugify(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG) {
    slug = slug.slice(0, MAX_SLUG);
    const cut = slug.lastIndexOf('-');
    if (cut > MAX_SLUG / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  return slug || 'pratica';
}

/** The first of base, base-2, base-3... not in `taken`. */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
