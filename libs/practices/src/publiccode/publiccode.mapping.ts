import { Theme } from '@app/members';

/** What the import reads of a publiccode.yml (after the schema has checked it). */
export interface PublicCode {
  publiccodeYmlVersion: string;
  name: string;
  url: string;
  landingURL?: string;
  releaseDate?: string;
  platforms: string[];
  categories: string[];
  developmentStatus: string;
  softwareType: string;
  description: Record<string, { localisedName?: string; shortDescription: string; longDescription: string; features: string[] }>;
  legal: { license: string; mainCopyrightOwner?: string; repoOwner?: string };
  maintenance: { type: string; contacts?: Array<{ name: string }> };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
  dependsOn?: { open?: Array<{ name: string }>; proprietary?: Array<{ name: string }>; hardware?: Array<{ name: string }> };
  it?: { countryExtensionVersion?: string; piattaforme?: Record<string, boolean>; riuso?: { codiceIPA?: string } };
}

/** publiccode.yml platforms as the catalogue names technologies. */
const PLATFORMS: Record<string, string> = { web: 'Web', windows: 'Windows', mac: 'macOS', linux: 'Linux', ios: 'iOS', android: 'Android' };
const PLATFORM_OF_TECHNOLOGY = new Map(Object.entries(PLATFORMS).map(([platform, name]) => [name.toLowerCase(), platform]));

export function technologyOfPlatform(platform: string): string {
  return PLATFORMS[platform.toLowerCase()] ?? platform;
}

export function platformOfTechnology(technology: string): string | null {
  return PLATFORM_OF_TECHNOLOGY.get(technology.toLowerCase()) ?? null;
}

/**
 * publiccode.yml categories (from the standard's list) and the theme of the catalogue each suggests;
 * the first of each theme is the one an export names for it.
 */
const CATEGORY_THEMES: ReadonlyArray<[Theme, string[]]> = [
  [Theme.CITIZEN_SERVICES, ['digital-citizenship', 'appointment-scheduling', 'online-booking', 'survey', 'feedback-and-reviews-management', 'whistleblowing', 'website-builder', 'content-management', 'help-desk']],
  [Theme.BUSINESS_SERVICES, ['billing-and-invoicing', 'e-commerce', 'payment-gateway', 'mobile-payment', 'procurement', 'taxes-management', 'customer-service-and-support']],
  [Theme.PROCESS_INNOVATION, ['document-management', 'workflow-management', 'business-process-management', 'e-signature', 'accounting', 'hr', 'payroll', 'project-management', 'erp', 'office', 'productivity-suite', 'collaboration', 'knowledge-management']],
  [Theme.PUBLIC_CONNECTIVITY, ['network-management', 'voip', 'video-conferencing', 'web-conferencing', 'communications', 'cloud-management', 'it-security', 'instant-messaging', 'email-management']],
  [Theme.PUBLIC_INFORMATION_ASSETS, ['data-analytics', 'data-collection', 'data-visualization', 'geographic-information-systems', 'business-intelligence', 'financial-reporting', 'predictive-analysis', 'digital-asset-management']],
  [Theme.INTEROPERABILITY, ['identity-management', 'application-development', 'it-development', 'it-management']],
];
const THEME_OF_CATEGORY = new Map(CATEGORY_THEMES.flatMap(([theme, categories]) => categories.map((c) => [c, theme] as const)));
export const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(THEME_OF_CATEGORY.keys());

/**
 * The themes a publiccode.yml suggests: from its categories, and interoperability when it uses a
 * national platform (SPID, CIE, ANPR, pagoPA, IO); process innovation when nothing else does.
 */
export function themesOf(code: PublicCode): Theme[] {
  const themes = new Set<Theme>();
  for (const category of code.categories) {
    const theme = THEME_OF_CATEGORY.get(category);
    if (theme) themes.add(theme);
  }
  if (Object.values(code.it?.piattaforme ?? {}).some(Boolean)) themes.add(Theme.INTEROPERABILITY);
  if (!themes.size) themes.add(Theme.PROCESS_INNOVATION);
  return Object.values(Theme).filter((t) => themes.has(t));
}

export function categoryOfTheme(theme: Theme): string {
  return CATEGORY_THEMES.find(([t]) => t === theme)![1][0];
}

export const FEATURES_HEADING = '## Funzionalità';

/** A description with its features as a Markdown section at the end (how an import keeps them). */
export function withFeatures(longDescription: string, features: string[]): string {
  return `${longDescription.trim()}\n\n${FEATURES_HEADING}\n\n${features.map((f) => `- ${f.trim()}`).join('\n')}\n`;
}

/** The description and its features, split again (features: null when the description has no such section). */
export function splitFeatures(description: string): { longDescription: string; features: string[] | null } {
  const at = description.lastIndexOf(`\n${FEATURES_HEADING}\n`);
  if (at < 0) return { longDescription: description.trim(), features: null };
  const features = description
    .slice(at + FEATURES_HEADING.length + 2)
    .split('\n')
    .map((line) => line.match(/^\s*[-*]\s+(.+)$/)?.[1]?.trim())
    .filter((f): f is string => !!f);
  return { longDescription: description.slice(0, at).trim(), features: features.length ? features : null };
}
