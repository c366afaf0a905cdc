import type { AdministrationEntity } from '@app/members';
import type { PracticeEntity } from '../practice/practice.entity.js';

/**
 * The columns of `/opendata/pratiche.csv` and the keys of `/opendata/pratiche.json`, in this
 * order, which never changes (new columns are only ever appended).
 */
export const OPEN_DATA_COLUMNS = [
  'id',
  'slug',
  'url',
  'titolo',
  'sintesi',
  'temi',
  'anno',
  'amministrazione',
  'codice_ipa',
  'regione',
  'tecnologie',
  'etichette',
  'costo_euro',
  'repository',
  'licenza',
  'creata_il',
  'aggiornata_il',
] as const;

export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | number | string[] | null>;

export function openDataRow(practice: PracticeEntity, administration: AdministrationEntity | undefined, publicUrl: string): OpenDataRow {
  return {
    id: practice.id,
    slug: practice.slug,
    url: `${publicUrl}/pratiche/${practice.slug}`,
    titolo: practice.title,
    sintesi: practice.summary,
    temi: practice.themes,
    anno: practice.year,
    amministrazione: administration?.name ?? null,
    codice_ipa: administration?.ipaCode ?? null,
    regione: administration?.region ?? null,
    tecnologie: practice.technologies,
    etichette: practice.tags,
    costo_euro: practice.costEuro,
    repository: practice.repositoryUrl,
    licenza: practice.licence,
    creata_il: practice.createdAt.toISOString(),
    aggiornata_il: practice.updatedAt.toISOString(),
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; lists joined with `;`. */
function csvField(value: OpenDataRow[keyof OpenDataRow]): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${OPEN_DATA_COLUMNS.join(',')}\r\n`;
}

export function csvLine(row: OpenDataRow): string {
  return `${OPEN_DATA_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;
}
